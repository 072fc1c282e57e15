package org.crp.common.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a duplicated key, an unknown field, a number where text or a
 * timestamp is expected, a date that is not YYYY-MM-DD, a fraction for a whole number or text after the JSON value is a mistake
 * worth telling the caller about, not something to guess around.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * The years a date or timestamp of this programme can fall in: cameras, contracts, deliveries, legal
     * deadlines. Year 0001 or 9999 is a typing slip (PostgreSQL would store it, and a plan would schedule work in
     * year 1), so it is refused with this window named.
     */
    public static final String YEARS = "from year 1900 to 2199";
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);
    private static final Instant FIRST = FIRST_DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Instant END = LAST_DATE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /** Whether the instant falls in {@link #YEARS} (UTC). */
    public static boolean plausible(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /** Whether the date falls in {@link #YEARS}. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /**
     * Last, after Quarkus has registered its modules (at QUARKUS_CUSTOMIZER_PRIORITY): the module
     * registered last wins a type, and the Instant reader here must win over jsr310's.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // an enum value is its name: Jackson would otherwise read 1 as the second constant
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // a number is not text, and a timestamp is written as text (2026-04-01T09:00:00Z), not as epoch seconds
        for (LogicalType type : new LogicalType[] { LogicalType.Textual, LogicalType.DateTime }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-values").addDeserializer(String.class, new StorableString())
                .addDeserializer(Instant.class, new TextualInstant()).addDeserializer(LocalDate.class, new FullDate())
                .addDeserializer(BigDecimal.class, new BoundedDecimal()));
    }

    /**
     * jackson-datatype-jsr310 reads a JSON number as epoch seconds for an Instant without asking the
     * coercion config above, so 12345 would become 1970-01-01T03:25:45Z; only text is a timestamp here.
     */
    static final class TextualInstant extends StdScalarDeserializer<Instant> {
        TextualInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (!plausible(instant)) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "must be a timestamp " + YEARS);
            }
            return instant;
        }
    }

    /**
     * A date is an RFC 3339 full-date, YYYY-MM-DD from year 0001: jsr310 would also take expanded years such as
     * +100000-01-01 or -0001-01-01, and year 0000, which no caller means and the database cannot store.
     */
    static final class FullDate extends StdScalarDeserializer<LocalDate> {
        private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        FullDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            if (!FULL_DATE.matcher(text).matches() || text.startsWith("0000")) {
                // there is no year 0: PostgreSQL would store 0000-01-01 as 0001-01-01
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be a date as YYYY-MM-DD");
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (!plausible(date)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be a date " + YEARS);
            }
            return date;
        }
    }

    /**
     * A decimal within a hundred digits either side of the point: 1e2147483647 would overflow the digit count
     * of Bean Validation's {@code @Digits} (it passed, and was stored as 0.00).
     */
    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        private static final int MAX_DIGITS = 100;

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && (Math.abs((long) value.precision() - value.scale()) > MAX_DIGITS
                    || Math.abs((long) value.scale()) > MAX_DIGITS)) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "is out of range");
            }
            return value;
        }
    }

    /**
     * Control characters ({@link ControlCharacters}: tab, line feed and carriage return are text here) and half of
     * a UTF-16 surrogate pair, which PostgreSQL would store as '?', are refused while the body is read, as a 400
     * naming the field.
     */
    static final class StorableString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            String control = value == null ? null : ControlCharacters.find(value, true);
            if (control != null) {
                throw unstorable(parser, value, "must not contain " + control
                        + "; text may hold tabs and line breaks but no other control characters");
            }
            if (value != null && hasLoneSurrogate(value)) {
                // not a character: stored as '?', and answered back as JSON that no parser reads
                throw unstorable(parser, value, "must not contain half of a UTF-16 surrogate pair (such as \\ud800 alone)");
            }
            return value;
        }

        /** Its message is the reason alone, which the problem answer shows; the value is not echoed back. */
        private static InvalidFormatException unstorable(JsonParser parser, String value, String reason) {
            return InvalidFormatException.from(parser, reason, value, String.class);
        }

        private static boolean hasLoneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
