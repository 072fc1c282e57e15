package org.crp.inventory.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.web.Causes;
import org.crp.common.web.ControlCharacters;
import org.crp.common.web.StrictJson;
import org.crp.inventory.bulk.CsvFields;
import org.crp.inventory.network.NetworkService.FlowRecord;

/** Flow records from CSV, checked with the same rules as the JSON form; rows are numbered from 1. */
final class FlowCsv {

    static final List<String> COLUMNS = List.of("time", "source_ip", "source_mac", "destination", "port", "protocol",
            "destination_country", "bytes");

    private FlowCsv() {
    }

    static List<FlowRecord> parse(String body, Validator validator) {
        List<FlowRecord> records = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFields.withoutByteOrderMark(new StringReader(body == null ? "" : body)))) {
            if (!parser.getHeaderNames().stream().map(CsvFields::value).toList().equals(COLUMNS)) {
                throw ApiException.badRequest("header", "must be " + String.join(",", COLUMNS));
            }
            for (CSVRecord row : parser) {
                String at = "rows[" + row.getRecordNumber() + "]";
                if (row.size() != COLUMNS.size()) {
                    errors.add(new Problem.FieldError(at, "has " + row.size() + " columns; expected " + COLUMNS.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String value = CsvFields.value(row.get(i));
                    String control = ControlCharacters.find(value, false);
                    if (control != null) {
                        errors.add(new Problem.FieldError(at + "." + COLUMNS.get(i), "holds " + control));
                    }
                    values.put(COLUMNS.get(i), value);
                }
                try {
                    Instant time = Instant.parse(values.get("time"));
                    if (!StrictJson.plausible(time)) {
                        throw new DateTimeParseException("outside " + StrictJson.YEARS, values.get("time"), 0);
                    }
                    FlowRecord record = new FlowRecord(time, blank(values.get("source_ip")),
                            blank(values.get("source_mac")), values.get("destination"), Integer.valueOf(values.get("port")),
                            values.get("protocol"), blank(values.get("destination_country")), Long.valueOf(values.get("bytes")));
                    Set<ConstraintViolation<FlowRecord>> violations = validator.validate(record);
                    violations.forEach(v -> errors.add(new Problem.FieldError(at + "." + v.getPropertyPath(), v.getMessage())));
                    records.add(record);
                } catch (DateTimeParseException e) {
                    errors.add(new Problem.FieldError(at + ".time", "is not a timestamp like 2026-04-01T02:03:04Z, " + StrictJson.YEARS));
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError(at, "port and bytes must be whole numbers"));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports an unterminated quote or text after a closing quote while iterating, wrapped
            throw ApiException.badRequest("body", "is not readable CSV: " + Causes.innermost(e));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid flow records",
                    errors.size() + " problems in the file; nothing was stored", errors);
        }
        return records;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
