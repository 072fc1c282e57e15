package org.crp.inventory.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class IsoDateTest {

    @Test
    void readsWhatLocalDateParseReads() {
        for (String text : new String[] { "2024-12-31", "2024-02-29", "0001-01-01", "9999-12-31" }) {
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

    /** Year 0 and expanded years parse in Java but PostgreSQL cannot store them as written. */
    @Test
    void refusesYearsOutsideOneToNineThousandNineHundredNinetyNine() {
        for (String text : new String[] { "0000-01-01", "-0001-01-01", "+10000-01-01" }) {
            assertThrows(DateTimeParseException.class, () -> DeviceImporter.isoDate(text), text);
        }
    }
}
