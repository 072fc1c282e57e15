package org.crp.inventory.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.web.Actor;
import org.crp.inventory.device.IpAddress;
import org.crp.inventory.device.MacAddress;
import org.crp.inventory.risk.RiskRescorer;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * CSV import of devices, streamed from the request body: every row is checked, valid rows are
 * copied into a staging table with PostgreSQL COPY, conflicts with the register are checked
 * set-based, then one upsert by serial writes them. Any bad row means nothing is written, and
 * the report names every bad row (row, column, message). A dry run does all of it and rolls back.
 */
@ApplicationScoped
public class DeviceImporter {

    static final int MAX_REPORTED_ERRORS = 1000;
    static final int FRESH_STATISTICS_ROWS = 10_000;
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final DataSource dataSource;
    private final EntityManager em;
    private final RiskRescorer rescorer;
    private final Actor actor;

    DeviceImporter(DataSource dataSource, EntityManager em, RiskRescorer rescorer, Actor actor) {
        this.dataSource = dataSource;
        this.em = em;
        this.rescorer = rescorer;
        this.actor = actor;
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

    /** One transaction for the whole file: an hour, where the default minute would abort a million rows. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    ImportReport run(InputStream body, boolean dryRun) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create temp table device_import (row_no bigint not null, id uuid not null, history_id uuid not null,"
                        + " serial varchar(64) not null, asset_tag varchar(64), model varchar(100) not null,"
                        + " declared_manufacturer varchar(100) not null, declared_country varchar(2) not null,"
                        + " mac_address varchar(17) not null, ip_address varchar(45), firmware_version varchar(64),"
                        + " site_id uuid not null, zone_id uuid, supplier_id uuid, contract_reference varchar(64),"
                        + " install_date date) on commit drop");
            }
            Staged staged = stage(connection, body);
            // repeats within the file are found in the staging table, so that a million rows need no map in memory
            repeatsInFile(connection, "serial", staged);
            repeatsInFile(connection, "mac_address", staged);
            List<ImportReport.RowError> errors = new ArrayList<>(staged.errors);
            errors.sort(java.util.Comparator.comparingLong(ImportReport.RowError::row));
            if (staged.errorCount == 0) {
                errors.addAll(conflictsWithRegister(connection));
            }
            // conflicts with the register are looked for only in an otherwise clean file
            long errorCount = staged.errorCount > 0 ? staged.errorCount : errors.size();
            if (errorCount > 0) {
                throw new Rejected(new ImportReport(dryRun, staged.rows, 0, 0, errorCount, errors, 0));
            }
            long updated = count(connection, "select count(*) from device_import s join device d on d.serial = s.serial");
            upsert(connection);
            RiskRescorer.Result risk = rescorer.rescoreListed("device_import", "imported");
            if (staged.rows >= FRESH_STATISTICS_ROWS) {
                // after a large import the planner's statistics describe the register before it: a filtered list
                // would pick the wrong index (50 ms instead of 1 ms at a million rows) until autovacuum analyses
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze device");
                }
            }
            ImportReport report = new ImportReport(dryRun, staged.rows, staged.rows - updated, updated, 0, List.of(),
                    risk.flagged());
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
        final List<ImportReport.RowError> errors = new ArrayList<>();

        void error(long row, String column, String message) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.RowError(row, column, message));
            }
        }
    }

    private Staged stage(Connection connection, InputStream body) throws SQLException {
        Map<String, UUID> sites = new HashMap<>();
        for (Object[] row : em.createQuery("select s.code, s.id from Site s", Object[].class).getResultList()) {
            sites.put((String) row[0], (UUID) row[1]);
        }
        Map<String, UUID> zones = new HashMap<>();
        for (Object[] row : em.createQuery("select z.siteId, z.code, z.id from Zone z", Object[].class).getResultList()) {
            zones.put(row[0] + "/" + row[1], (UUID) row[2]);
        }
        Staged staged = new Staged();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy device_import from stdin with (format csv)");
        try {
            Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader);
            checkHeader(parser.getHeaderNames());
            StringWriter line = new StringWriter();
            CSVPrinter out = new CSVPrinter(line, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();
                staged.rows = row;
                if (record.size() != parser.getHeaderNames().size()) {
                    staged.error(row, "", "has " + record.size() + " columns; the header has " + parser.getHeaderNames().size());
                    continue;
                }
                List<Object> values = validate(record, row, staged, sites, zones);
                if (values != null) {
                    line.getBuffer().setLength(0);
                    out.printRecord(values);
                    byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
            }
            if (staged.rows == 0) {
                throw ApiException.badRequest("body", "holds a header but no rows");
            }
            copy.endCopy();
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw ApiException.badRequest("body", "is not UTF-8 text; save the file as UTF-8 CSV");
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

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw ApiException.badRequest("body", "is empty; send a CSV file whose first line is the header "
                    + String.join(",", DeviceCsv.IMPORT_COLUMNS));
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

    /** The staging row's values, or null when the row is bad (its errors are recorded). */
    private static List<Object> validate(CSVRecord r, long row, Staged staged, Map<String, UUID> sites,
            Map<String, UUID> zones) {
        long before = staged.errorCount;
        String serial = r.get("serial");
        if (!SERIAL.matcher(serial).matches()) {
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
        UUID site = sites.get(r.get("site_code"));
        if (site == null) {
            staged.error(row, "site_code", "no site has code '" + r.get("site_code") + "'");
        }
        UUID zone = null;
        if (!r.get("zone_code").isEmpty() && site != null) {
            zone = zones.get(site + "/" + r.get("zone_code"));
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
                installed = LocalDate.parse(r.get("install_date"));
                if (installed.isAfter(LocalDate.now())) {
                    staged.error(row, "install_date", "is in the future");
                }
            } catch (DateTimeParseException e) {
                staged.error(row, "install_date", "'" + r.get("install_date") + "' is not a date like 2024-12-31");
            }
        }
        if (staged.errorCount > before) {
            return null;
        }
        UUID id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        return java.util.Arrays.asList(row, id, UuidVersion7Strategy.INSTANCE.generateUuid(null), serial, assetTag, model,
                declared, country, mac, ip, firmware, site, zone, supplier, contract, installed);
    }

    private static String text(CSVRecord r, String column, int max, boolean required, long row, Staged staged) {
        String value = r.get(column);
        if (value.isEmpty()) {
            if (required) {
                staged.error(row, column, "is required");
            }
            return null;
        }
        if (value.length() > max) {
            staged.error(row, column, "is longer than " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            staged.error(row, column, "holds control characters");
        }
        return value;
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

    private void upsert(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into device (id, serial, asset_tag, model, declared_manufacturer, declared_country,"
                    + " mac_address, ip_address, firmware_version, site_id, zone_id, supplier_id, contract_reference,"
                    + " install_date, status, created_at, updated_at, version)"
                    + " select id, serial, asset_tag, model, declared_manufacturer, declared_country, mac_address, ip_address,"
                    + " firmware_version, site_id, zone_id, supplier_id, contract_reference, install_date, 'IN_SERVICE',"
                    + " now(), now(), 0 from device_import"
                    + " on conflict (serial) do update set asset_tag = excluded.asset_tag, model = excluded.model,"
                    + " declared_manufacturer = excluded.declared_manufacturer, declared_country = excluded.declared_country,"
                    + " mac_address = excluded.mac_address, ip_address = excluded.ip_address,"
                    + " firmware_version = excluded.firmware_version, site_id = excluded.site_id, zone_id = excluded.zone_id,"
                    + " supplier_id = excluded.supplier_id, contract_reference = excluded.contract_reference,"
                    + " install_date = excluded.install_date, updated_at = now(), version = device.version + 1");
            // the staging id of an updated row is not the device's: point it at the real one for re-scoring
            statement.execute("update device_import s set id = d.id from device d where d.serial = s.serial and d.id <> s.id");
            // the re-scoring walks the staging rows by id
            statement.execute("create unique index on device_import (id)");
            statement.execute("analyze device_import");
            try (var insert = connection.prepareStatement("insert into history (id, entity_type, entity_id, action, changes,"
                    + " subject, request_id, created_at, updated_at, version)"
                    + " select history_id, 'DEVICE', id, 'IMPORTED', jsonb_build_object('row', row_no, 'serial', serial),"
                    + " ?, ?, now(), now(), 0 from device_import")) {
                insert.setString(1, actor.subject());
                insert.setString(2, actor.requestId());
                insert.execute();
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
