package org.crp.replacement.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.crp.common.problem.ApiException;
import org.crp.replacement.programme.Programme;
import org.crp.replacement.programme.ProgrammeRepository;
import org.crp.replacement.progress.ProgressDtos.BurnDownDay;
import org.crp.replacement.progress.ProgressDtos.CostToDate;
import org.crp.replacement.progress.ProgressDtos.Projection;
import org.crp.replacement.progress.ProgressDtos.ProgressView;
import org.crp.replacement.progress.ProgressDtos.SiteProgress;
import org.crp.replacement.progress.ProgressDtos.Velocity;
import org.crp.replacement.workorder.WorkOrderStatus;

/**
 * A programme's progress, computed with SQL aggregates over its work orders (never by loading them),
 * on the day the service's {@link Clock} says it is (UTC days throughout).
 */
@ApplicationScoped
public class ProgressService {

    /** The window velocity is measured over, today included. */
    static final int VELOCITY_DAYS = 7;
    /** The longest burn-down series answered: ten years of days. */
    static final int MAX_SERIES_DAYS = 3660;

    /** Orders of the current plan, as SQL. */
    private static final String IN_PLAN = WorkOrderStatus.CURRENT_PLAN.stream().map(s -> "'" + s + "'")
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private final EntityManager em;
    private final ProgrammeRepository programmes;
    private final Clock clock;

    ProgressService(EntityManager em, ProgrammeRepository programmes, Clock clock) {
        this.em = em;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional
    public ProgressView progress(UUID programmeId) {
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.notFound("Programme", programmeId));
        LocalDate today = LocalDate.now(clock);

        Map<WorkOrderStatus, Long> byStatus = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (Object[] row : rows("select status, count(*) from work_order where programme_id = ?1 group by status",
                programmeId)) {
            byStatus.put(WorkOrderStatus.valueOf((String) row[0]), number(row[1]));
        }

        Object[] totals = rows("select count(distinct device_id) filter (where status <> 'CANCELLED'), "
                + "count(distinct device_id) filter (where status = 'COMPLETED'), "
                + "sum(unit_cost + install_cost) filter (where status = 'COMPLETED'), "
                + "sum(unit_cost + install_cost) filter (where status in " + IN_PLAN + ") "
                + "from work_order where programme_id = ?1", programmeId).get(0);
        long devices = number(totals[0]);
        long completed = number(totals[1]);
        long remaining = devices - completed;

        List<SiteProgress> sites = rows("select site_id, count(distinct device_id) filter (where status <> 'CANCELLED'), "
                + "count(distinct device_id) filter (where status = 'COMPLETED'), "
                + "count(*) filter (where status in ('PLANNED', 'DISPATCHED', 'IN_PROGRESS')), "
                // a failed camera planned again is in work (or done), not failed
                + "count(distinct device_id) filter (where status = 'FAILED' and device_id not in (select c.device_id "
                + "from work_order c where c.programme_id = ?1 and c.status in " + IN_PLAN + ")) "
                + "from work_order where programme_id = ?1 group by site_id order by site_id", programmeId).stream()
                .map(r -> new SiteProgress((UUID) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                        percent(number(r[2]), number(r[1]))))
                .toList();

        TreeMap<LocalDate, Long> completions = daily(
                "select cast(completed_at at time zone 'UTC' as date), count(distinct device_id) from work_order "
                        + "where programme_id = ?1 and status = 'COMPLETED' group by 1",
                programmeId);
        TreeMap<LocalDate, Long> plannedDays = daily("select scheduled_date, count(*) from work_order "
                + "where programme_id = ?1 and status in " + IN_PLAN + " group by 1", programmeId);

        List<BurnDownDay> burnDown = burnDown(programme.startDate, today, devices, completions, plannedDays);
        Velocity velocity = velocity(today, completions);
        long orders = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Projection projection = orders > 0 && devices == 0
                ? new Projection(null, null, "every work order of the programme was cancelled; there is nothing left to swap")
                : projection(today, programme.targetDate, devices, remaining, velocity, completions);
        CostToDate cost = cost(programme, money(totals[2]), money(totals[3]));
        return new ProgressView(programme.id, programme.name, programme.status, today, programme.startDate,
                programme.targetDate, byStatus, devices, completed, remaining, percent(completed, devices), sites,
                burnDown, velocity, projection, cost);
    }

    /**
     * From the programme's start to today or the plan's last day, whichever is later: cameras left at
     * the end of each day, and what the plan's dates leave. Completions before the start count on the first day.
     */
    static List<BurnDownDay> burnDown(LocalDate start, LocalDate today, long devices, TreeMap<LocalDate, Long> completions,
            TreeMap<LocalDate, Long> plannedDays) {
        LocalDate end = today;
        if (!plannedDays.isEmpty() && plannedDays.lastKey().isAfter(end)) {
            end = plannedDays.lastKey();
        }
        if (end.isBefore(start)) {
            return List.of();
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_SERIES_DAYS) {
            end = start.plusDays(MAX_SERIES_DAYS - 1);
        }
        long done = completions.headMap(start, false).values().stream().mapToLong(Long::longValue).sum();
        long planned = plannedDays.headMap(start, false).values().stream().mapToLong(Long::longValue).sum();
        List<BurnDownDay> series = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            done += completions.getOrDefault(day, 0L);
            planned += plannedDays.getOrDefault(day, 0L);
            series.add(new BurnDownDay(day, day.isAfter(today) ? null : devices - done, Math.max(0, devices - planned)));
        }
        return series;
    }

    static Velocity velocity(LocalDate today, TreeMap<LocalDate, Long> completions) {
        LocalDate from = today.minusDays(VELOCITY_DAYS - 1L);
        long done = completions.subMap(from, true, today, true).values().stream().mapToLong(Long::longValue).sum();
        return new Velocity(VELOCITY_DAYS, from, today, done, round((double) done / VELOCITY_DAYS, 100));
    }

    static Projection projection(LocalDate today, LocalDate target, long devices, long remaining, Velocity velocity,
            TreeMap<LocalDate, Long> completions) {
        if (devices == 0) {
            return new Projection(null, null, "the programme has no work orders yet; plan it first");
        }
        if (remaining == 0) {
            LocalDate done = completions.isEmpty() ? today : completions.lastKey();
            return new Projection(done, !done.isAfter(target), "every camera in the programme is swapped");
        }
        if (velocity.completed() == 0) {
            return new Projection(null, null, "no work order was completed in the last " + velocity.days()
                    + " days, so there is no pace to project from");
        }
        // remaining / (completed / days), rounded up, in whole numbers so that the answer is exact
        long days = (remaining * velocity.days() + velocity.completed() - 1) / velocity.completed();
        LocalDate date = today.plusDays(days);
        return new Projection(date, !date.isAfter(target), null);
    }

    private static CostToDate cost(Programme programme, BigDecimal toDate, BigDecimal committed) {
        BigDecimal budget = programme.budget.setScale(2, RoundingMode.HALF_UP);
        double spent = budget.signum() == 0 ? 0.0
                : toDate.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP).doubleValue();
        return new CostToDate(programme.currency, budget, toDate, committed, budget.subtract(toDate), spent);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID programmeId) {
        return em.createNativeQuery(sql, Object[].class).setParameter(1, programmeId).getResultList();
    }

    private TreeMap<LocalDate, Long> daily(String sql, UUID programmeId) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : rows(sql, programmeId)) {
            if (row[0] != null) {
                days.put(date(row[0]), number(row[1]));
            }
        }
        return days;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(sum.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : round(100.0 * part / whole, 10);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
