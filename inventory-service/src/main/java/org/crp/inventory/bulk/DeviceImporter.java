package org.crp.inventory.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crp.common.persistence.TimeOrderedIds;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.validation.Serials;
import org.crp.common.web.ControlCharacters;
import org.crp.common.web.StrictJson;
import org.crp.inventory.device.DeviceStatus;
import org.crp.inventory.device.IpAddress;
import org.crp.inventory.device.MacAddress;
import org.crp.inventory.history.Cause;
import org.crp.inventory.history.History;
import org.crp.inventory.provenance.OuiMatch;
import org.crp.inventory.provenance.Provenance;
import org.crp.inventory.risk.RiskReason;
import org.crp.inventory.risk.RiskRescorer;
import org.crp.inventory.risk.RiskService;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * CSV import of devices, streamed from the request body: every row is checked and, while it is
 * parsed, scored as a new device would be (provenance and the rules are in memory), then copied
 * into a staging table with PostgreSQL COPY; conflicts with the register are checked set-based, then
 * one insert of the new serials (with their final risk and status) and one update of the registered devices the file
 * changes write each row at most once, and one history row per created or changed device records it. A row that is
 * the device as registered writes nothing, so that a register exported and imported again is left as it was. The
 * changed devices are re-scored afterwards, as an edit would be (their inspections and network evidence count). Any
 * bad row means nothing is written, and the report names every bad row (row, column, message). A dry run
 * does all of it and rolls back.
 */
@ApplicationScoped
public class DeviceImporter {

    static final int MAX_REPORTED_ERRORS = 1000;
    static final int FRESH_STATISTICS_ROWS = 10_000;
    /** Distinct (maker, registry block owner, zone criticality, country) scorings kept while parsing. */
    static final int SCORED_CACHE = 10_000;
    private static final int COPY_CHUNK = 1 << 16;
    /** A row is read whole into memory: a file with no line breaks must not take the heap. */
    static final int MAX_ROW_CHARS = 1 << 16;
    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());
    private static final Logger LOG = Logger.getLogger(DeviceImporter.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Why the import's history entries and re-scores were written. */
    private static final String IMPORTED = "imported";

    private final DataSource dataSource;
    private final EntityManager em;
    private final RiskRescorer rescorer;
    private final RiskService risk;
    private final Provenance provenance;
    private final ObjectMapper json;
    private final History history;

    DeviceImporter(DataSource dataSource, EntityManager em, RiskRescorer rescorer, RiskService risk,
            Provenance provenance, ObjectMapper json, History history) {
        this.dataSource = dataSource;
        this.em = em;
        this.rescorer = rescorer;
        this.risk = risk;
        this.provenance = provenance;
        this.json = json;
        this.history = history;
    }

    /** Thrown to roll the import back while still answering with the report. */
    static final class Rejected extends RuntimeException {
        final transient ImportReport report;

        Rejected(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** The report of a written import or of a clean dry run; any bad row is a 400 listing the bad rows. */
    public ImportReport importCsv(InputStream body, boolean dryRun) {
        ImportReport report;
        try {
            report = run(body, dryRun);
        } catch (Rejected rejected) {
            report = rejected.report;
        }
        if (report.errorCount() > 0) {
            throw new ApiException(400, "invalid-rows", "Invalid rows",
                    report.errorCount() + " of " + report.rows() + " rows are invalid; nothing was written",
                    report.errors().stream().map(e -> new Problem.FieldError(
                            "rows[" + e.row() + "]" + (e.column().isEmpty() ? "" : "." + e.column()), e.message())).toList());
        }
        return report;
    }

    /**
     * Wall time of each phase, and the CPU time this thread spent in it (parsing and checking rows),
     * for the log: where a large import spends its time; the rest of a phase is the database's.
     */
    private static final class Phases {
        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
        private final StringBuilder done = new StringBuilder();
        private long start = System.nanoTime();
        private long cpuStart = CPU.getCurrentThreadCpuTime();

        void end(String phase) {
            long now = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            done.append(done.length() == 0 ? "" : ", ").append(phase).append(' ').append((now - start) / 1_000_000)
                    .append(" ms (").append((cpu - cpuStart) / 1_000_000).append(" ms CPU here)");
            start = now;
            cpuStart = cpu;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    /** One transaction for the whole file: an hour, where the default minute would abort a million rows. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    ImportReport run(InputStream body, boolean dryRun) {
        Phases phases = new Phases();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                // serial and MAC collated as in device (V25): the checks against the register join on them
                ddl.execute("create temp table device_import (row_no bigint not null, id uuid not null, history_id uuid not null,"
                        + " serial varchar(64) collate \"C\" not null, asset_tag varchar(64), model varchar(100) not null,"
                        + " declared_manufacturer varchar(100) not null, declared_country varchar(2) not null,"
                        + " mac_address varchar(17) collate \"C\" not null, ip_address varchar(45), firmware_version varchar(64),"
                        + " site_id uuid not null, zone_id uuid, supplier_id uuid, contract_reference varchar(64),"
                        + " install_date date, status varchar(16) not null, risk_score integer not null,"
                        + " risk_level varchar(8) not null, risk_reasons jsonb not null, risk_codes varchar(32)[] not null,"
                        + " history_changes jsonb not null) on commit drop");
            }
            Staged staged = stage(connection, body);
            phases.end("parse, score and copy");
            if (staged.errorCount > 0) {
                throw new Rejected(rejection(connection, staged, dryRun, List.of()));
            }
            List<ImportReport.RowError> conflicts = conflictsWithRegister(connection);
            if (!conflicts.isEmpty()) {
                // repeats within the file come first: conflicts with the register are reported only for an otherwise clean file
                throw new Rejected(rejection(connection, staged, dryRun, conflicts));
            }
            phases.end("register conflicts");
            Matched matched = matchRegistered(connection);
            if (matched.devices() != matched.rows()) {
                // a registered serial twice: the rows would update one device twice, or only one would
                throw new Rejected(rejection(connection, staged, dryRun, List.of()));
            }
            phases.end("registered serials");
            DeferredIndexes deferred = !dryRun && matched.rows() == 0 && staged.rows >= DeferredIndexes.MIN_ROWS
                    ? DeferredIndexes.dropIfEmpty(connection)
                    : null;
            if (deferred != null) {
                phases.end("indexes dropped for the empty register");
            }
            long created = staged.rows - matched.rows();
            long written = created + matched.changed();
            upsert(connection, staged, created, matched, deferred, dryRun);
            phases.end(deferred == null ? "upsert" : "insert, then indexes and keys built");
            if (written > 0) {
                recordHistory(connection);
                phases.end("history");
            }
            // registered devices keep their status and risk until re-scored
            long flagged = staged.flagged - matched.scoredFlagged();
            if (matched.changed() > 0) {
                flagged += rescoreChanged(connection);
                phases.end("re-score of changed devices");
            }
            if (written >= FRESH_STATISTICS_ROWS) {
                // after a large import the planner's statistics describe the register before it: a filtered list
                // would pick the wrong index (50 ms instead of 1 ms at a million rows) until autovacuum analyses
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze device");
                }
                phases.end("analyze");
            }
            LOG.infof("Import of %d rows (%d registered, %d of them changed%s): %s", staged.rows, matched.rows(),
                    matched.changed(), dryRun ? ", dry run" : "", phases);
            ImportReport report = new ImportReport(dryRun, staged.rows, created, matched.changed(),
                    matched.unchanged(), 0, List.of(), flagged);
            if (dryRun) {
                throw new Rejected(report);
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("import failed in the database", e);
        }
    }

    private static final class Staged {
        long rows;
        long errorCount;
        long flagged;
        final List<ImportReport.RowError> errors = new ArrayList<>();

        void error(long row, String column, String message) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.RowError(row, column, message));
            }
        }
    }

    /** A zone as a row names it: its site and code. */
    private record ZoneKey(UUID site, String code) {
    }

    /** A zone as a row refers to it: its id and the criticality the score is weighted by. */
    private record ZoneRef(UUID id, int criticality) {
    }

    /** What decides a new device's score (see {@link RiskService#initial}), so equal keys score alike. */
    private record ScoreKey(String declaredManufacturer, String declaredCountry, String macOrganisation,
            Integer criticality) {
    }

    /**
     * A new device's status and risk as the staging table's status to risk_codes columns (COPY text), the end of its
     * history entry after the row and serial (the risk change's fields, COPY text), and whether it is flagged.
     */
    private record Scored(String columns, String historyTail, boolean flagged) {
    }

    /**
     * What the rows of one file are checked and written with: the sites by code and the zones, the scorings made so
     * far, and the ids of the devices and their history entries.
     */
    private record Lookups(Map<String, UUID> sites, Map<ZoneKey, ZoneRef> zones, Map<ScoreKey, Scored> scored,
            TimeOrderedIds ids) {
    }

    private Staged stage(Connection connection, InputStream body) throws SQLException {
        Map<String, UUID> sites = new HashMap<>();
        for (Object[] row : em.createQuery("select s.code, s.id from Site s", Object[].class).getResultList()) {
            sites.put((String) row[0], (UUID) row[1]);
        }
        Map<ZoneKey, ZoneRef> zones = new HashMap<>();
        for (Object[] row : em.createQuery("select z.siteId, z.code, z.id, z.criticality from Zone z", Object[].class)
                .getResultList()) {
            zones.put(new ZoneKey((UUID) row[0], (String) row[1]), new ZoneRef((UUID) row[2], (Integer) row[3]));
        }
        Lookups lookups = new Lookups(sites, zones, new HashMap<>(), new TimeOrderedIds());
        Staged staged = new Staged();
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy device_import (row_no, id, history_id, serial, asset_tag, model, declared_manufacturer,"
                        + " declared_country, mac_address, ip_address, firmware_version, site_id, zone_id, supplier_id,"
                        + " contract_reference, install_date, status, risk_score, risk_level, risk_reasons, risk_codes,"
                        + " history_changes) from stdin",
                COPY_CHUNK);
        boolean headerRead = false;
        try {
            RecordSizeLimit reader = new RecordSizeLimit(CsvFields.withoutByteOrderMark(new InputStreamReader(body,
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))), MAX_ROW_CHARS);
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            headerRead = true;
            List<String> header = parser.getHeaderNames().stream().map(CsvFields::value).toList();
            checkHeader(header);
            Columns columns = new Columns(header);
            StringBuilder out = new StringBuilder(COPY_CHUNK + 1024);
            for (CSVRecord record : parser) {
                reader.recordAt(record.getCharacterPosition());
                long row = record.getRecordNumber();
                staged.rows = row;
                if (record.size() != columns.count) {
                    staged.error(row, "", "has " + record.size() + " columns; the header has " + columns.count);
                    continue;
                }
                if (validate(new Values(record, columns), row, staged, lookups, out)
                        && out.length() >= COPY_CHUNK) {
                    flush(out, copy);
                }
            }
            if (staged.rows == 0) {
                throw ApiException.badRequest("body", "holds a header but no rows");
            }
            flush(out, copy);
            copy.endCopy();
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof CharacterCodingException) {
                throw ApiException.badRequest("body", "is not UTF-8 text; save the file as UTF-8 CSV");
            }
            if (cause instanceof RecordSizeLimit.TooLong) {
                throw ApiException.badRequest("body", (headerRead ? "row " + (staged.rows + 1) : "the header")
                        + " runs past " + MAX_ROW_CHARS + " characters, where a device row has a few hundred: is a line"
                        + " break or a closing quote missing?");
            }
            throw ApiException.badRequest("body", "is not readable CSV: " + cause.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("body", "is not a device CSV: " + e.getMessage());
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return staged;
    }

    private static void flush(StringBuilder out, OutputStream copy) throws IOException {
        copy.write(out.toString().getBytes(StandardCharsets.UTF_8));
        out.setLength(0);
    }

    /** Where each import column sits in the file's header. */
    private static final class Columns {
        final int count;
        /** By import column name: the names are literals, whose hashes are computed once. */
        final Map<String, Integer> position = new HashMap<>();

        Columns(List<String> header) {
            count = header.size();
            for (String column : DeviceCsv.IMPORT_COLUMNS) {
                position.put(column, header.indexOf(column));
            }
        }
    }

    /**
     * One row's values by import column name, read through the header positions found once; every one without the
     * apostrophe an export puts before a formula's first character ({@link CsvFields#unescapeFormula}), so that the
     * stored value is checked (its length included) and compared with the register.
     */
    private record Values(CSVRecord record, Columns columns) {
        String get(String column) {
            return CsvFields.unescapeFormula(CsvFields.value(record.get(columns.position.get(column))));
        }
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw ApiException.badRequest("body", "is empty; send a CSV file whose first line is the header "
                    + String.join(",", DeviceCsv.IMPORT_COLUMNS));
        }
        List<String> repeated = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct().toList();
        if (!repeated.isEmpty()) {
            // "serial" and " serial" name one column once the spaces around a field are dropped
            throw ApiException.badRequest("header", "names " + repeated + " more than once; each column appears once");
        }
        List<String> missing = DeviceCsv.IMPORT_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream()
                .filter(c -> !DeviceCsv.IMPORT_COLUMNS.contains(c) && !DeviceCsv.READ_ONLY_COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid CSV header",
                    "The header must name the columns " + String.join(",", DeviceCsv.IMPORT_COLUMNS)
                            + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown),
                    List.of(new Problem.FieldError("header", "missing " + missing + ", unknown " + unknown)));
        }
    }

    /**
     * Checks a row and, when it is good, appends its staging line (COPY text format) to {@code out};
     * a bad row's errors are recorded and false answered.
     */
    private boolean validate(Values r, long row, Staged staged, Lookups lookups, StringBuilder out) {
        long before = staged.errorCount;
        String serial = r.get("serial");
        if (!Serials.valid(serial)) {
            staged.error(row, "serial", "must be 1 to 64 letters, digits or . _ / -");
        }
        String model = text(r, "model", 100, true, row, staged);
        String declared = text(r, "declared_manufacturer", 100, true, row, staged);
        String assetTag = text(r, "asset_tag", 64, false, row, staged);
        String firmware = text(r, "firmware_version", 64, false, row, staged);
        String contract = text(r, "contract_reference", 64, false, row, staged);
        String country = r.get("declared_country");
        if (!COUNTRIES.contains(country)) {
            staged.error(row, "declared_country", "'" + country + "' is not an ISO 3166-1 alpha-2 code such as KR");
        }
        String mac = MacAddress.normalize(r.get("mac_address"));
        if (mac == null) {
            staged.error(row, "mac_address", "'" + r.get("mac_address") + "' is not a MAC address");
        }
        String ip = r.get("ip_address").isEmpty() ? null : IpAddress.normalize(r.get("ip_address"));
        if (!r.get("ip_address").isEmpty() && ip == null) {
            staged.error(row, "ip_address", "'" + r.get("ip_address") + "' is not an IPv4 or IPv6 address");
        }
        UUID site = lookups.sites().get(r.get("site_code"));
        if (site == null) {
            staged.error(row, "site_code", "no site has code '" + r.get("site_code") + "'");
        }
        ZoneRef zone = null;
        if (!r.get("zone_code").isEmpty() && site != null) {
            zone = lookups.zones().get(new ZoneKey(site, r.get("zone_code")));
            if (zone == null) {
                staged.error(row, "zone_code", "site " + r.get("site_code") + " has no zone '" + r.get("zone_code") + "'");
            }
        }
        UUID supplier = null;
        if (!r.get("supplier_id").isEmpty()) {
            try {
                supplier = UUID.fromString(r.get("supplier_id"));
            } catch (IllegalArgumentException e) {
                staged.error(row, "supplier_id", "is not an id (a UUID)");
            }
        }
        LocalDate installed = null;
        if (!r.get("install_date").isEmpty()) {
            try {
                installed = isoDate(r.get("install_date"));
                if (installed.isAfter(LocalDate.now())) {
                    staged.error(row, "install_date", "is in the future");
                }
            } catch (DateTimeParseException e) {
                staged.error(row, "install_date", "'" + r.get("install_date") + "' is not a date like 2024-12-31, " + StrictJson.YEARS);
            }
        }
        if (staged.errorCount > before) {
            return false;
        }
        Integer criticality = zone == null ? null : zone.criticality();
        ScoreKey key = new ScoreKey(declared, country, provenance.registryBlock(mac).map(OuiMatch::organisation).orElse(null),
                criticality);
        Map<ScoreKey, Scored> scored = lookups.scored();
        Scored score = scored.get(key);
        if (score == null) {
            if (scored.size() >= SCORED_CACHE) {
                scored.clear();
            }
            score = score(mac, declared, country, criticality);
            scored.put(key, score);
        }
        if (score.flagged()) {
            staged.flagged++;
        }
        Object[] values = { row, lookups.ids().next(), lookups.ids().next(), serial, assetTag, model, declared, country,
                mac, ip, firmware, site, zone == null ? null : zone.id(), supplier, contract, installed };
        for (Object value : values) {
            copyText(out, value);
            out.append('\t');
        }
        // the history entry whole, so that recording it copies a value instead of merging two (half the history's time)
        out.append(score.columns()).append("\t{\"row\":").append(row).append(",\"serial\":\"").append(serial).append('"')
                .append(score.historyTail()).append('\n');
        return true;
    }

    /**
     * Status, score, level, reasons and codes of a new device, as COPY text, and its history entry's risk change as
     * the fields that follow the row and serial (the serial needs no JSON escape: {@link Serials}).
     */
    private Scored score(String mac, String declared, String country, Integer criticality) {
        RiskService.Initial initial = risk.initial(mac, declared, country, criticality);
        Object[] values;
        String change;
        try {
            values = new Object[] { initial.status().name(), initial.assessment().score(),
                    initial.assessment().level().name(), json.writeValueAsString(initial.assessment().reasons()),
                    "{" + String.join(",", initial.assessment().reasons().stream().map(RiskReason::code).toList()) + "}" };
            change = json.writeValueAsString(initial.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a risk assessment did not serialise", e);
        }
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                columns.append('\t');
            }
            copyText(columns, values[i]);
        }
        StringBuilder historyTail = new StringBuilder();
        copyText(historyTail, initial.changes().isEmpty() ? "}" : "," + change.substring(1));
        return new Scored(columns.toString(), historyTail.toString(), initial.status() == DeviceStatus.FLAGGED);
    }

    /**
     * A date like 2024-12-31 {@link StrictJson#YEARS}, as in a JSON body, read without a formatter's cost; anything
     * else, expanded years such as +10000 or -0001 included, is a {@link DateTimeParseException}.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 1 && month >= 0 && day >= 0) {
                LocalDate date;
                try {
                    date = LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), text, 0, e);
                }
                if (StrictJson.plausible(date)) {
                    return date;
                }
            }
        }
        throw new DateTimeParseException("not a date " + StrictJson.YEARS, text, 0);
    }

    /** The number written by the ASCII digits from {@code start} to {@code end}; -1 when any is no digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A value in PostgreSQL's COPY text format: \N for null, backslash and line breaks escaped. */
    private static void copyText(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        int plain = 0;
        while (plain < text.length() && !escaped(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            // whole: a part is appended a character at a time
            out.append(text);
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static boolean escaped(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String text(Values r, String column, int max, boolean required, long row, Staged staged) {
        String value = r.get(column);
        if (value.isEmpty()) {
            if (required) {
                staged.error(row, column, "is required");
            }
            return null;
        }
        String control = ControlCharacters.find(value, false);
        if (value.length() > max) {
            staged.error(row, column, "is longer than " + max + " characters");
        } else if (control != null) {
            staged.error(row, column, "holds " + control);
        }
        return value;
    }

    /**
     * The report of a rejected file: the rows' own errors and their repeats within the file, sorted by
     * row; when there are none, {@code otherwise} (conflicts with the register).
     */
    private static ImportReport rejection(Connection connection, Staged staged, boolean dryRun,
            List<ImportReport.RowError> otherwise) throws SQLException {
        // repeats within the file are found in the staging table, so that a million rows need no map in memory
        repeatsInFile(connection, "serial", staged);
        repeatsInFile(connection, "mac_address", staged);
        List<ImportReport.RowError> errors = new ArrayList<>(staged.errors);
        errors.sort(java.util.Comparator.comparingLong(ImportReport.RowError::row));
        if (staged.errorCount == 0) {
            errors.addAll(otherwise);
        }
        long errorCount = staged.errorCount > 0 ? staged.errorCount : errors.size();
        return new ImportReport(dryRun, staged.rows, 0, 0, 0, errorCount, errors, 0);
    }

    /** Every staged row whose {@code column} repeats an earlier row of the file, as "repeats row N". */
    private static void repeatsInFile(Connection connection, String column, Staged staged) throws SQLException {
        try (Statement query = connection.createStatement();
                var rs = query.executeQuery("select row_no, " + column + ", first from (select row_no, " + column + ","
                        + " min(row_no) over (partition by " + column + ") as first from device_import) s"
                        + " where row_no <> first order by row_no")) {
            while (rs.next()) {
                staged.error(rs.getLong(1), column, ("mac_address".equals(column) ? rs.getString(2) + " " : "")
                        + "repeats row " + rs.getLong(3));
            }
        }
    }

    private static List<ImportReport.RowError> conflictsWithRegister(Connection connection) throws SQLException {
        List<ImportReport.RowError> errors = new ArrayList<>();
        try (Statement query = connection.createStatement();
                var rs = query.executeQuery("select s.row_no, s.mac_address, d.serial from device_import s"
                        + " join device d on d.mac_address = s.mac_address and d.serial <> s.serial order by s.row_no limit "
                        + MAX_REPORTED_ERRORS)) {
            while (rs.next()) {
                errors.add(new ImportReport.RowError(rs.getLong(1), "mac_address",
                        rs.getString(2) + " already belongs to device " + rs.getString(3)));
            }
        }
        return errors;
    }

    /** A column the file sets, as the device table and a device's history name it. */
    private record FileField(String column, String name) {
    }

    private static final List<FileField> FILE_FIELDS = List.of(new FileField("asset_tag", "assetTag"),
            new FileField("model", "model"), new FileField("declared_manufacturer", "declaredManufacturer"),
            new FileField("declared_country", "declaredCountry"), new FileField("mac_address", "macAddress"),
            new FileField("ip_address", "ipAddress"), new FileField("firmware_version", "firmwareVersion"),
            new FileField("site_id", "siteId"), new FileField("zone_id", "zoneId"),
            new FileField("supplier_id", "supplierId"), new FileField("contract_reference", "contractReference"),
            new FileField("install_date", "installDate"));

    /** Each field the file sets, written by {@code sql}, joined by {@code separator}. */
    private static String eachField(Function<FileField, String> sql, String separator) {
        return FILE_FIELDS.stream().map(sql).collect(Collectors.joining(separator));
    }

    /**
     * The rows whose serial is registered: how many, for how many devices (fewer when the file repeats a serial), how
     * many of them change the device, and how many were scored flagged as new devices.
     */
    private record Matched(long rows, long devices, long changed, long scoredFlagged) {
        long unchanged() {
            return rows - changed;
        }
    }

    /**
     * The rows whose serial is registered, in a narrow table (the staging table's wide rows are not rewritten): the
     * device's id and version, and what the row changes as {field: {from, to}} as an edit's history entry has it
     * (null when the row is the device as registered).
     */
    private static Matched matchRegistered(Connection connection) throws SQLException {
        String registered = eachField(f -> "d." + f.column(), ", ");
        String file = eachField(f -> "s." + f.column(), ", ");
        String fields = eachField(f -> "('" + f.name() + "', to_jsonb(d." + f.column() + "), to_jsonb(s." + f.column() + "))",
                ", ");
        try (Statement statement = connection.createStatement()) {
            // the field-by-field difference is built only for the rows that differ
            statement.execute("create temp table device_import_match on commit drop as select s.row_no, d.id, d.version,"
                    + " case when (" + registered + ") is distinct from (" + file + ") then (select"
                    + " jsonb_object_agg(field, jsonb_build_object('from', was, 'to', becomes)) from (values " + fields
                    + ") f(field, was, becomes) where was is distinct from becomes) end as changes,"
                    + " s.status = 'FLAGGED' as scored_flagged from device_import s join device d on d.serial = s.serial");
            statement.execute("analyze device_import_match");
            try (ResultSet rs = statement.executeQuery("select count(*), count(distinct id), count(changes),"
                    + " count(*) filter (where scored_flagged) from device_import_match")) {
                rs.next();
                return new Matched(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    /**
     * Writes each row at most once: new devices with their final risk and status (a plain insert: the serials were
     * just looked up), registered ones with the file's fields when the row changes them (they are re-scored
     * afterwards); a row that is the device as registered writes nothing. The file's new serials and its MACs are
     * not checked for repeats beforehand: the insert fails on them, or the unique keys' build after it when the first
     * load of an empty register deferred them, and only then are they found for the report. A serial registered by
     * another request since the serials were looked up, or a device the file changes that another request changed or
     * deleted meanwhile, shows as fewer rows written than expected (the update checks the version it matched), and
     * the file is refused whole. A device the file leaves as it was is not checked again: the import read it equal.
     */
    private static void upsert(Connection connection, Staged staged, long created, Matched matched,
            DeferredIndexes deferred, boolean dryRun) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint device_upsert");
            long written = 0;
            try {
                if (created > 0) {
                    String columns = "id, serial, " + eachField(FileField::column, ", ")
                            + ", status, risk_score, risk_level, risk_reasons, risk_codes";
                    written += statement.executeUpdate("insert into device (" + columns + ", created_at, updated_at,"
                            + " version) select " + columns + ", now(), now(), 0 from device_import s" + (matched.rows() == 0 ? ""
                                    : " where not exists (select 1 from device_import_match m where m.row_no = s.row_no)"));
                }
                if (matched.changed() > 0) {
                    written += statement.executeUpdate("update device d set "
                            + eachField(f -> f.column() + " = s." + f.column(), ", ")
                            + ", updated_at = now(), version = d.version + 1"
                            + " from device_import s join device_import_match m using (row_no)"
                            + " where m.changes is not null and d.id = m.id and d.version = m.version");
                }
                if (deferred != null) {
                    deferred.rebuild(connection);
                }
            } catch (SQLException e) {
                if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                    throw siteOrZoneDeleted();
                }
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                written = -1;
            }
            if (written != created + matched.changed()) {
                statement.execute("rollback to savepoint device_upsert");
                ImportReport report = rejection(connection, staged, dryRun, List.of());
                if (report.errorCount() > 0) {
                    throw new Rejected(report);
                }
                throw ApiException.conflict("a serial or MAC address of the file was registered, or a device of the"
                        + " file changed or deleted, by another request meanwhile; nothing was written, send the file again");
            }
            statement.execute("release savepoint device_upsert");
        }
    }

    /**
     * One history row per device the file creates or changes, under the importing subject and request: a new
     * device's entry also holds its risk as {@link RiskService#rescore} records it; a changed device's holds what
     * changed, and its re-scoring adds its own entry.
     */
    private void recordHistory(Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement("insert into history (id, entity_type, entity_id, action, changes,"
                + " subject, request_id, created_at, updated_at, version)"
                + " select s.history_id, 'DEVICE', coalesce(m.id, s.id), 'IMPORTED', case when m.row_no is null"
                + " then s.history_changes else jsonb_build_object('row', s.row_no, 'serial', s.serial) || m.changes end,"
                + " ?, ?, now(), now(), 0 from device_import s left join device_import_match m using (row_no)"
                + " where m.row_no is null or m.changes is not null")) {
            Cause importing = history.cause(IMPORTED);
            insert.setString(1, importing.subject());
            insert.setString(2, importing.requestId());
            insert.execute();
        }
    }

    /**
     * Re-scores the registered devices the file changed, as an edit does (their evidence and inspections count);
     * answers how many it flagged.
     */
    private long rescoreChanged(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the re-scoring walks an indexed id table
            statement.execute("create temp table device_import_rescore on commit drop as"
                    + " select id from device_import_match where changes is not null");
            statement.execute("create unique index on device_import_rescore (id)");
            statement.execute("analyze device_import_rescore");
        }
        return rescorer.rescoreListed("device_import_rescore", history.cause(IMPORTED)).flagged();
    }

    /** The sites and zones are looked up as the file is read: one deleted before the rows are written. */
    private static ApiException siteOrZoneDeleted() {
        return ApiException.conflict("a site or zone of the file was deleted by another request meanwhile; nothing was"
                + " written, check the file's site and zone codes and send it again");
    }
}
