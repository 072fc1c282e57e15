package org.crp.inventory.provenance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crp.common.problem.Problem.FieldError;
import org.crp.common.web.Causes;

/**
 * Reads one IEEE registry file ({@code oui.csv}, {@code mam.csv} or {@code oui36.csv}) as IEEE
 * publishes it: UTF-8, header {@code Registry,Assignment,Organization Name,Organization Address},
 * one block per row. Pure: used for the bundled snapshot and for uploads alike, so an upload is
 * held to exactly the rules the bundled files pass.
 *
 * <p>Rows are numbered as a spreadsheet shows them (the header is row 1); the line is where the
 * row starts in the file, which differs once an address spans lines, as IEEE's sometimes do.
 * IEEE's own MA-L file assigns a few historic blocks twice (080030, 0001C8): such a block keeps
 * every distinct organisation, joined by " / ".
 */
public final class OuiCsv {

    public static final List<String> HEADER = List.of("Registry", "Assignment", "Organization Name",
            "Organization Address");
    static final int MAX_ORGANISATION = 200;
    /** What {@code oui_block.organisation} holds: the names of a block assigned more than once, joined. */
    static final int MAX_JOINED_ORGANISATIONS = 700;
    static final int MAX_ERRORS = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private OuiCsv() {
    }

    /** A registry file that passed every check. */
    public record Parsed(RegistryKind kind, Map<Long, String> blocks, int rows, String sha256) {
    }

    /** Everything wrong with a file, each naming the row and the column. */
    public static final class Invalid extends RuntimeException {
        private final transient List<FieldError> errors;

        Invalid(String detail, List<FieldError> errors) {
            super(detail);
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    public static Parsed parse(byte[] file, RegistryKind kind) {
        return parse(file, kind, null);
    }

    /**
     * @param knownSha256 the file's SHA-256 when the caller already knows it (the bundled files, whose
     *            digest is recorded beside them): hashing 3 MB costs a cold JVM about 200 ms at start-up
     */
    static Parsed parse(byte[] file, RegistryKind kind, String knownSha256) {
        String text = decode(file);
        List<FieldError> errors = new ArrayList<>();
        Map<Long, String> blocks = new HashMap<>(Math.max(16, file.length / 60));
        Map<String, String> names = new HashMap<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw invalid(new FieldError("file", "is empty; send the " + kind.label() + " file as IEEE publishes it"));
            }
            CSVRecord header = records.next();
            if (!header.toList().equals(HEADER)) {
                String found = String.join(",", header.toList());
                throw invalid(new FieldError("header", "row 1 must be exactly " + String.join(",", HEADER) + " (found "
                        + (found.length() > 120 ? found.substring(0, 120) + "…" : found) + ")"));
            }
            Lines lines = new Lines(text);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                if (errors.size() < MAX_ERRORS) {
                    readRow(record, lines, kind, blocks, names, errors);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unterminated quote or text after a closing quote this way
            errors.add(new FieldError("file", "is not valid CSV: " + Causes.innermost(e)));
        }
        if (errors.isEmpty() && rows == 0) {
            errors.add(new FieldError("file", "has the header but no rows"));
        }
        if (!errors.isEmpty()) {
            String more = errors.size() >= MAX_ERRORS ? " (showing the first " + MAX_ERRORS + ")" : "";
            throw new Invalid(errors.size() + " problem(s) in the " + kind.label() + " file" + more + "; first: "
                    + errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        return new Parsed(kind, blocks, rows, knownSha256 != null ? knownSha256 : sha256(file));
    }

    private static void readRow(CSVRecord record, Lines lines, RegistryKind kind, Map<Long, String> blocks,
            Map<String, String> names, List<FieldError> errors) {
        int before = errors.size();
        readRow(record, kind, blocks, names, errors);
        if (errors.size() > before) {
            // name the place only for bad rows: formatting it for 35,000 good ones would slow the start
            String where = "row " + record.getRecordNumber() + " (line " + lines.at(record.getCharacterPosition()) + "): ";
            for (int i = before; i < errors.size(); i++) {
                FieldError error = errors.get(i);
                errors.set(i, new FieldError(error.field(), where + error.message()));
            }
        }
    }

    private static void readRow(CSVRecord record, RegistryKind kind, Map<Long, String> blocks,
            Map<String, String> names, List<FieldError> errors) {
        if (record.size() != HEADER.size()) {
            errors.add(new FieldError("file", "has " + record.size() + " columns, expected " + HEADER.size()));
            return;
        }
        boolean ok = true;
        if (!kind.label().equals(record.get(0))) {
            errors.add(new FieldError("Registry", "is '" + record.get(0) + "', expected " + kind.label()));
            ok = false;
        }
        String assignment = record.get(1);
        long prefix = parseHex(assignment, kind.hexDigits());
        if (prefix < 0) {
            errors.add(new FieldError("Assignment", "'" + assignment + "' is not " + kind.hexDigits()
                    + " hexadecimal digits"));
            ok = false;
        }
        String organisation = record.get(2).strip();
        if (organisation.isEmpty()) {
            errors.add(new FieldError("Organization Name", "is empty"));
            ok = false;
        } else if (organisation.length() > MAX_ORGANISATION) {
            errors.add(new FieldError("Organization Name", "is longer than " + MAX_ORGANISATION + " characters"));
            ok = false;
        }
        if (ok) {
            String shared = names.computeIfAbsent(organisation, n -> n);
            String before = blocks.get(prefix);
            String joined = before == null ? shared : before.equals(shared)
                    || List.of(before.split(" / ")).contains(shared) ? before : before + " / " + shared;
            if (joined.length() > MAX_JOINED_ORGANISATIONS) {
                errors.add(new FieldError("Organization Name", "names one more organisation for block " + assignment
                        + ": the " + (before.split(" / ").length + 1) + " names given for it, joined by \" / \", run past "
                        + MAX_JOINED_ORGANISATIONS + " characters; IEEE assigns a block once, rarely twice"));
            } else {
                blocks.put(prefix, joined);
            }
        }
    }

    /** Line numbers from character positions, counted forward once. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            for (; position < target; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The value of exactly {@code digits} hex digits, or -1. */
    static long parseHex(String text, int digits) {
        if (text == null || text.length() != digits) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /** Strict UTF-8: a file in Latin-1 or UTF-16 is refused with the line of its first bad byte. */
    static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        if (file.length - start == 0 || isBlank(file, start)) {
            throw invalid(new FieldError("file", "is empty; send the registry file as IEEE publishes it"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            throw invalid(new FieldError("file", "is not UTF-8: line " + line + " has an invalid byte sequence at byte "
                    + in.position() + "; IEEE publishes its files in UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            throw invalid(new FieldError("file", "holds NUL characters; it is not a UTF-8 text file"));
        }
        return text;
    }

    private static boolean isBlank(byte[] file, int start) {
        for (int i = start; i < file.length; i++) {
            if (!Character.isWhitespace(file[i])) {
                return false;
            }
        }
        return true;
    }

    private static Invalid invalid(FieldError error) {
        return new Invalid(error.field() + ": " + error.message(), List.of(error));
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
