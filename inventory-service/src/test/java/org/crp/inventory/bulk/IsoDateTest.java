package org.crp.inventory.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class IsoDateTest {

    @Test
    void readsWhatLocalDateParseReads() {
        for (String text : new String[] { "2024-12-31", "2024-02-29", "1900-01-01", "2199-12-31" }) {
            assertEquals(LocalDate.parse(text), DeviceImporter.isoDate(text), text);
        }
    }

    @Test
    void refusesWhatLocalDateParseRefuses() {
        for (String text : new String[] { "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-12-31", "2024/12/31",
                "2024-12-3x", "" }) {
            assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> DeviceImporter.isoDate(text), text);
        }
    }

    /** Years outside 1900 to 2199 are typing slips (0001, 9999); year 0 and expanded years do not even store. */
    @Test
    void refusesYearsOutsideNineteenHundredToTwentyOneNinetyNine() {
        for (String text : new String[] { "1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31", "0000-01-01",
                "-0001-01-01", "+10000-01-01" }) {
            assertThrows(DateTimeParseException.class, () -> DeviceImporter.isoDate(text), text);
        }
    }
}
