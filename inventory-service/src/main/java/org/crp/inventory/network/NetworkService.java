package org.crp.inventory.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.validation.CountryCode;
import org.crp.common.web.Actor;
import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceRepository;
import org.crp.inventory.device.IpAddress;
import org.crp.inventory.device.MacAddress;
import org.crp.inventory.history.History;
import org.crp.inventory.risk.RiskLists;
import org.crp.inventory.risk.RiskService;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Network evidence: batches of flow records are matched to cameras by source MAC (or source IP),
 * stored, and the cameras they touch are re-scored. Also answers the FOREIGN_CALLBACK questions.
 */
@ApplicationScoped
public class NetworkService implements PanacheRepositoryBase<NetworkObservation, UUID> {

    public static final int MAX_BATCH = 10_000;

    public record FlowRecord(
            @NotNull Instant time,
            @Size(max = 45) String sourceIp,
            @Size(max = 32) String sourceMac,
            @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9.:_-]+", message = "must be an IP address or a host name") String destination,
            @NotNull @Min(0) @Max(65535) Integer port,
            @NotBlank @Pattern(regexp = "TCP|UDP|ICMP|OTHER", message = "must be one of TCP, UDP, ICMP, OTHER") String protocol,
            @CountryCode String destinationCountry,
            @NotNull @PositiveOrZero Long bytes) {
    }

    public record Unmatched(int row, String reason) {
    }

    public record BatchReport(int received, int matched, List<Unmatched> unmatched) {
    }

    public record ObservationView(UUID id, Instant observedAt, String sourceIp, String sourceMac, String destination,
            int destinationPort, String protocol, String destinationCountry, long bytes) {
        static ObservationView of(NetworkObservation o) {
            return new ObservationView(o.id, o.observedAt, o.sourceIp, o.sourceMac, o.destination, o.destinationPort,
                    o.protocol, o.destinationCountry, o.bytes);
        }
    }

    /** What a device's evidence says for the FOREIGN_CALLBACK rule. */
    public record Callbacks(List<String> concernCountries, List<String> unlistedDestinations) {
        public static final Callbacks NONE = new Callbacks(List.of(), List.of());
    }

    private final DeviceRepository devices;
    private final RiskService risk;
    private final RiskLists riskLists;
    private final History history;
    private final Actor actor;
    private final Validator validator;

    NetworkService(DeviceRepository devices, RiskService risk, RiskLists riskLists, History history, Actor actor,
            Validator validator) {
        this.validator = validator;
        this.devices = devices;
        this.risk = risk;
        this.riskLists = riskLists;
        this.history = history;
        this.actor = actor;
    }

    /**
     * How a batch names its records in its errors and in its report of unmatched rows: each form keeps one convention
     * throughout, the one its own parse errors use.
     */
    enum Numbering {
        /** A JSON array by index from 0: {@code [0].sourceMac}, row 0. */
        ARRAY_INDEX("[", 0),
        /** A CSV file by row from 1, the header not counted: {@code rows[1].sourceMac}, row 1. */
        CSV_ROW("rows[", 1);

        private final String prefix;
        private final int first;

        Numbering(String prefix, int first) {
            this.prefix = prefix;
            this.first = first;
        }

        int row(int index) {
            return index + first;
        }

        String field(int index) {
            return prefix + row(index) + "]";
        }
    }

    /** A batch in CSV, checked with the same rules as the JSON form; rows are named by their number in the file. */
    @Transactional
    public BatchReport ingestCsv(String csv) {
        return ingest(FlowCsv.parse(csv, validator), Numbering.CSV_ROW);
    }

    @Transactional
    public BatchReport ingest(List<FlowRecord> records) {
        return ingest(records, Numbering.ARRAY_INDEX);
    }

    private BatchReport ingest(List<FlowRecord> records, Numbering numbering) {
        if (records.isEmpty()) {
            throw ApiException.badRequest("body", "holds no flow records");
        }
        if (records.size() > MAX_BATCH) {
            throw ApiException.badRequest("body", "holds " + records.size() + " records; send at most " + MAX_BATCH + " per batch");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String[] macs = new String[records.size()];
        String[] ips = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            FlowRecord record = records.get(i);
            if (numbering == Numbering.ARRAY_INDEX) {
                // checked here rather than by @Valid on the resource, whose errors would not say which record; a CSV
                // batch was checked row by row with its parse errors (FlowCsv)
                if (record == null) {
                    errors.add(new Problem.FieldError(numbering.field(i), "must not be null"));
                    continue;
                }
                for (ConstraintViolation<FlowRecord> violation : validator.validate(record)) {
                    errors.add(new Problem.FieldError(numbering.field(i) + "." + violation.getPropertyPath(),
                            violation.getMessage()));
                }
            }
            macs[i] = record.sourceMac() == null ? null : MacAddress.normalize(record.sourceMac());
            ips[i] = record.sourceIp() == null ? null : IpAddress.normalize(record.sourceIp());
            if (record.sourceMac() != null && macs[i] == null) {
                errors.add(new Problem.FieldError(numbering.field(i) + ".sourceMac", "is not a MAC address"));
            } else if (record.sourceIp() != null && ips[i] == null) {
                errors.add(new Problem.FieldError(numbering.field(i) + ".sourceIp", "is not an IPv4 or IPv6 address"));
            } else if (macs[i] == null && ips[i] == null) {
                errors.add(new Problem.FieldError(numbering.field(i), "needs sourceMac or sourceIp"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid flow records",
                    errors.size() + " records are malformed; nothing was stored", errors);
        }
        // the MAC names a camera; without one, the IP does (the earliest registered camera, if several share it)
        Map<String, Device> byMac = byKey("macAddress", Arrays.stream(macs).filter(Objects::nonNull).toList(), d -> d.macAddress);
        Map<String, Device> byIp = byKey("ipAddress",
                IntStream.range(0, ips.length).filter(i -> macs[i] == null).mapToObj(i -> ips[i]).toList(), d -> d.ipAddress);
        List<Unmatched> unmatched = new ArrayList<>();
        Map<Device, Long> touched = new LinkedHashMap<>();
        List<NetworkObservation> observations = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            FlowRecord record = records.get(i);
            Device device = macs[i] != null ? byMac.get(macs[i]) : byIp.get(ips[i]);
            if (device == null) {
                unmatched.add(new Unmatched(numbering.row(i), "no camera has " + (macs[i] != null ? "MAC " + macs[i] : "IP " + ips[i])));
                continue;
            }
            NetworkObservation o = new NetworkObservation();
            o.deviceId = device.id;
            o.observedAt = record.time();
            o.sourceIp = ips[i];
            o.sourceMac = macs[i];
            o.destination = record.destination();
            o.destinationPort = record.port();
            o.protocol = record.protocol();
            o.destinationCountry = record.destinationCountry();
            o.bytes = record.bytes();
            o.recordedBy = actor.subject();
            observations.add(o);
            touched.merge(device, 1L, Long::sum);
        }
        persist(observations);
        flush();
        touched.forEach((device, count) -> history.record(History.DEVICE, device.id, "NETWORK_EVIDENCE", Map.of("observations", count)));
        risk.rescore(touched.keySet());
        return new BatchReport(records.size(), observations.size(), unmatched);
    }

    /** The devices whose {@code field} is one of {@code keys}, by that key, in one query. */
    private Map<String, Device> byKey(String field, List<String> keys, Function<Device, String> key) {
        Map<String, Device> found = new HashMap<>();
        if (!keys.isEmpty()) {
            devices.list(field + " in ?1 order by createdAt, id", Set.copyOf(keys)).forEach(d -> found.putIfAbsent(key.apply(d), d));
        }
        return found;
    }

    @Transactional
    public Page<ObservationView> of(UUID deviceId, PageRequest page) {
        if (devices.findByIdOptional(deviceId).isEmpty()) {
            throw ApiException.notFound("Device", deviceId);
        }
        return Paging.page(this, new Filter().eq("deviceId", deviceId), page, o -> o.id, ObservationView::of);
    }

    /** Countries of concern and unlisted destinations this device was seen talking to. */
    public Callbacks callbacks(UUID deviceId) {
        return deviceId == null ? Callbacks.NONE : callbacks(List.of(deviceId)).getOrDefault(deviceId, Callbacks.NONE);
    }

    /** The same for many devices in one query; devices without evidence are absent from the map. */
    public Map<UUID, Callbacks> callbacks(Collection<UUID> deviceIds) {
        if (deviceIds.isEmpty()) {
            return new HashMap<>(); // a device not stored yet (null id) looks itself up in it too
        }
        List<Object[]> rows = getEntityManager().createQuery("select distinct o.deviceId, o.destination, o.destinationCountry"
                + " from NetworkObservation o where o.deviceId in :ids", Object[].class)
                .setParameter("ids", deviceIds).getResultList();
        RiskLists.Current lists = riskLists.current(); // one consistent pair of lists for the whole call
        Map<UUID, Set<String>> concern = new HashMap<>();
        Map<UUID, Set<String>> unlisted = new HashMap<>();
        for (Object[] row : rows) {
            UUID device = (UUID) row[0];
            String destination = (String) row[1];
            String country = (String) row[2];
            if (country != null && lists.countriesOfConcern().contains(country)) {
                concern.computeIfAbsent(device, k -> new TreeSet<>()).add(country);
            }
            if (!lists.allowlist().allows(destination)) {
                unlisted.computeIfAbsent(device, k -> new TreeSet<>()).add(destination);
            }
        }
        Map<UUID, Callbacks> result = new HashMap<>();
        for (UUID device : deviceIds) {
            Set<String> c = concern.getOrDefault(device, Set.of());
            Set<String> u = unlisted.getOrDefault(device, Set.of());
            if (!c.isEmpty() || !u.isEmpty()) {
                result.put(device, new Callbacks(List.copyOf(c), List.copyOf(u)));
            }
        }
        return result;
    }
}
