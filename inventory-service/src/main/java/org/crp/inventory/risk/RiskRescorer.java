package org.crp.inventory.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.common.persistence.TimeOrderedIds;
import org.crp.inventory.device.DeviceStatus;
import org.crp.inventory.history.Cause;
import org.crp.inventory.history.History;
import org.crp.inventory.network.NetworkService;
import org.crp.inventory.provenance.Provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-scores every device, set-based: batches of rows are read and locked in id order, scored in
 * memory (provenance is in memory too) and only the changed rows are written, each with a history
 * entry. Runs when the watchlist, the registry or a risk list changes, through {@link ScoringPoller}, and on request;
 * for the devices an import changed, and for a zone's devices when its criticality changes.
 */
@ApplicationScoped
public class RiskRescorer {

    static final int BATCH = 5_000;
    private static final String ALL = "from device d left join zone z on z.id = d.zone_id where d.id > ? order by d.id"
            + " limit " + BATCH + " for update of d";
    private static final TypeReference<List<RiskReason>> REASONS = new TypeReference<>() {
    };

    public record Result(long devices, long changed, long flagged) {
    }

    private final DataSource dataSource;
    private final Provenance provenance;
    private final NetworkService network;
    private final ObjectMapper json;

    RiskRescorer(DataSource dataSource, Provenance provenance, NetworkService network, ObjectMapper json) {
        this.dataSource = dataSource;
        this.provenance = provenance;
        this.network = network;
        this.json = json;
    }

    /** Re-scores every device; each batch commits on its own so a long run never holds all locks. */
    public Result rescoreAll(Cause cause) {
        return inBatches(after -> QuarkusTransaction.requiringNew().call(() -> rescoreBatch(after, ALL, cause)));
    }

    /**
     * Re-scores the devices written at or after {@code since}, in batches that commit on their own as
     * {@link #rescoreAll}'s do. No index serves updated_at (every write of the register would maintain it): a run reads
     * the table about twice, which it does only after a list changed.
     */
    Result rescoreUpdatedSince(Instant since, Cause cause) {
        // an Instant's text is an ISO 8601 timestamp
        String scope = "from device d left join zone z on z.id = d.zone_id where d.updated_at >= timestamptz '" + since
                + "' and d.id > ? order by d.id limit " + BATCH + " for update of d";
        return inBatches(after -> QuarkusTransaction.requiringNew().call(() -> rescoreBatch(after, scope, cause)));
    }

    /**
     * Re-scores, inside the caller's transaction, the devices whose ids are in {@code idTable} (a
     * table with an indexed {@code id} column, such as an import's staging table): the batches walk that
     * table's index, so a small list in a large register reads only its own devices. The caller holds the devices'
     * row locks (it updated them in this transaction): they are not locked again, which would write every row once
     * more.
     */
    public Result rescoreListed(String idTable, Cause cause) {
        // the batch's ids as one array, looked up in the device key: a join of the two tables let the planner walk the
        // key from its start for every batch (a merge join): a million listed devices in 69 s instead of 7 s
        return inCallersTransaction("from device d left join zone z on z.id = d.zone_id where d.id = any(array(select id"
                + " from " + idTable + " where id > ? order by id limit " + BATCH + ")) order by d.id", cause);
    }

    /** Re-scores, inside the caller's transaction, the devices of one zone, whose criticality weighs their scores. */
    public Result rescoreZone(UUID zoneId, Cause cause) {
        // a UUID's text is hex digits and dashes
        return inCallersTransaction("from device d join zone z on z.id = d.zone_id where d.zone_id = '" + zoneId
                + "' and d.id > ? order by d.id limit " + BATCH + " for update of d", cause);
    }

    private Result inCallersTransaction(String scope, Cause cause) {
        return inBatches(after -> {
            try {
                return rescoreBatch(after, scope, cause);
            } catch (SQLException | JsonProcessingException e) {
                throw new IllegalStateException("re-scoring failed", e);
            }
        });
    }

    private record Row(UUID id, String mac, String declaredMaker, String verifiedMaker, String declaredCountry,
            String verifiedCountry, int criticality, String status, int score, String level, List<RiskReason> reasons) {
    }

    private record Batch(int devices, int changed, int flagged, UUID last) {
    }

    /** Runs batches in id order, each starting after the last id of the one before, and adds them up. */
    private static Result inBatches(Function<UUID, Batch> batch) {
        long devices = 0;
        long changed = 0;
        long flagged = 0;
        UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's byte order
        while (after != null) {
            Batch done = batch.apply(after);
            devices += done.devices();
            changed += done.changed();
            flagged += done.flagged();
            after = done.last();
        }
        return new Result(devices, changed, flagged);
    }

    private Batch rescoreBatch(UUID after, String scope, Cause cause) throws SQLException, JsonProcessingException {
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = read(connection, after, scope);
            if (rows.isEmpty()) {
                return new Batch(0, 0, 0, null);
            }
            Map<UUID, NetworkService.Callbacks> callbacks = network.callbacks(rows.stream().map(Row::id).toList());
            NetworkService.Callbacks none = new NetworkService.Callbacks(List.of(), List.of());
            Changes changes = new Changes();
            int flagged = 0;
            for (Row row : rows) {
                RiskRules.Assessment a = RiskRules.assess(RiskService.input(
                        provenance.assess(row.mac(), row.declaredMaker(), row.verifiedMaker()), row.declaredMaker(),
                        row.verifiedMaker(), row.declaredCountry(), row.verifiedCountry(), row.criticality(),
                        callbacks.getOrDefault(row.id(), none)));
                boolean flag = RiskService.flagsInService(DeviceStatus.valueOf(row.status()), a.level());
                if (a.score() == row.score() && a.reasons().equals(row.reasons()) && !flag) {
                    continue;
                }
                String status = flag ? DeviceStatus.FLAGGED.name() : row.status();
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("riskScore", Map.of("from", row.score(), "to", a.score()));
                change.put("riskLevel", Map.of("from", row.level(), "to", a.level().name()));
                change.put("riskReasons", a.reasons().stream().map(RiskReason::code).toList());
                if (flag) {
                    change.put("status", Map.of("from", row.status(), "to", status));
                    flagged++;
                }
                change.put("why", cause.why());
                changes.add(row.id(), a, status, json.writeValueAsString(a.reasons()), json.writeValueAsString(change));
            }
            changes.write(connection, cause);
            int changed = changes.ids.size();
            return new Batch(rows.size(), changed, flagged, rows.get(rows.size() - 1).id());
        }
    }

    /**
     * The changed rows of one batch, written with two statements whatever their number: an update from
     * the unnested arrays and the matching history rows.
     */
    private static final class Changes {
        final List<UUID> ids = new ArrayList<>();
        final List<Integer> scores = new ArrayList<>();
        final List<String> levels = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        final List<String> statuses = new ArrayList<>();
        final List<UUID> historyIds = new ArrayList<>();
        final List<String> history = new ArrayList<>();
        private final TimeOrderedIds newIds = new TimeOrderedIds();

        void add(UUID id, RiskRules.Assessment a, String status, String reasonsJson, String historyJson) {
            ids.add(id);
            scores.add(a.score());
            levels.add(a.level().name());
            reasons.add(reasonsJson);
            codes.add(String.join(",", a.reasons().stream().map(RiskReason::code).toList()));
            statuses.add(status);
            historyIds.add(newIds.next());
            history.add(historyJson);
        }

        void write(Connection connection, Cause cause) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("update device d set risk_score = c.score,"
                    + " risk_level = c.level, risk_reasons = cast(c.reasons as jsonb),"
                    + " risk_codes = cast(string_to_array(c.codes, ',') as varchar(32)[]), status = c.status,"
                    + " version = d.version + 1, updated_at = now()"
                    + " from unnest(?, ?, ?, ?, ?, ?) as c(id, score, level, reasons, codes, status) where d.id = c.id");
                    PreparedStatement insert = connection.prepareStatement("insert into history (id, entity_type, entity_id,"
                            + " action, changes, subject, request_id, created_at, updated_at, version)"
                            + " select h.id, '" + History.DEVICE + "', h.device, 'RISK_ASSESSED', cast(h.changes as jsonb),"
                            + " ?, ?, now(), now(), 0 from unnest(?, ?, ?) as h(id, device, changes)")) {
                update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                update.setArray(2, connection.createArrayOf("int4", scores.toArray()));
                update.setArray(3, connection.createArrayOf("varchar", levels.toArray()));
                update.setArray(4, connection.createArrayOf("text", reasons.toArray()));
                update.setArray(5, connection.createArrayOf("text", codes.toArray()));
                update.setArray(6, connection.createArrayOf("varchar", statuses.toArray()));
                update.executeUpdate();
                insert.setString(1, cause.subject());
                insert.setString(2, cause.requestId());
                insert.setArray(3, connection.createArrayOf("uuid", historyIds.toArray()));
                insert.setArray(4, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(5, connection.createArrayOf("text", history.toArray()));
                insert.executeUpdate();
            }
        }
    }

    /**
     * A batch of devices after {@code after}, its one parameter; {@code scope} is the from-clause with its where, order,
     * limit and locks.
     */
    private List<Row> read(Connection connection, UUID after, String scope) throws SQLException, JsonProcessingException {
        List<Row> rows = new ArrayList<>(BATCH);
        try (PreparedStatement select = connection.prepareStatement("select d.id, d.mac_address, d.declared_manufacturer,"
                + " d.verified_manufacturer, d.declared_country, d.verified_country, coalesce(z.criticality, "
                + RiskService.DEFAULT_CRITICALITY + "), d.status, d.risk_score, d.risk_level, d.risk_reasons"
                + " " + scope)) {
            select.setObject(1, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                            json.readValue(rs.getString(11), REASONS)));
                }
            }
        }
        return rows;
    }
}
