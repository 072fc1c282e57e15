package org.crp.inventory.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.crp.common.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

class OuiCsvTest {

    static final String HEADER = "Registry,Assignment,Organization Name,Organization Address\r\n";

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static OuiCsv.Invalid invalid(String text, RegistryKind kind) {
        return assertThrows(OuiCsv.Invalid.class, () -> OuiCsv.parse(utf8(text), kind));
    }

    @Test
    void readsIeeeRowsWithQuotesMultiLineAddressesAndPadding() {
        OuiCsv.Parsed parsed = OuiCsv.parse(utf8(HEADER
                + "MA-L,4419B6,\"Hangzhou Hikvision Digital Technology Co.,Ltd.\",\"No.469,Jianghui Road Hangzhou Zhejiang CN 310052 \"\r\n"
                + "MA-L,00d0ef,  IGT ,9295 PROTOTYPE DRIVE RENO NV US 89511 \r\n"
                + "MA-L,0001C8,THOMAS CONRAD CORP.,\"1908-R KRAMER LANE\nAUSTIN TX US 78758\"\r\n"
                + "MA-L,0001C8,CONRAD CORP.,     \r\n"), RegistryKind.MA_L);
        assertEquals(4, parsed.rows());
        assertEquals(Map.of(0x4419B6L, "Hangzhou Hikvision Digital Technology Co.,Ltd.", 0x00D0EFL, "IGT",
                0x0001C8L, "THOMAS CONRAD CORP. / CONRAD CORP."), parsed.blocks());
        assertEquals(64, parsed.sha256().length());
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] body = utf8("\uFEFF" + HEADER + "MA-S,70B3D5F2F,TELEPLATFORMS,Moscow\n");
        assertEquals(Map.of(0x70B3D5F2FL, "TELEPLATFORMS"), OuiCsv.parse(body, RegistryKind.MA_S).blocks());
    }

    @Test
    void namesTheRowLineAndColumnOfEveryBadRow() {
        OuiCsv.Invalid e = invalid(HEADER
                + "MA-M,741AE09,Private,\n"
                + "MA-L,208593B,IOG Products LLC,\"9737 LURLINE AVENUE\nCHATSWORTH\"\n"
                + "MA-M,20859Z3,Bad Hex,x\n"
                + "MA-M,2085931,,x\n"
                + "MA-M,2085932,Too,many,columns\n"
                + "MA-M,208593,Too short,x\n", RegistryKind.MA_M);
        assertEquals(5, e.errors().size(), e.errors().toString());
        assertEquals(new FieldError("Registry", "row 3 (line 3): is 'MA-L', expected MA-M"), e.errors().get(0));
        assertEquals(new FieldError("Assignment", "row 4 (line 5): '20859Z3' is not 7 hexadecimal digits"), e.errors().get(1));
        assertEquals(new FieldError("Organization Name", "row 5 (line 6): is empty"), e.errors().get(2));
        assertEquals(new FieldError("file", "row 6 (line 7): has 5 columns, expected 4"), e.errors().get(3));
        assertEquals("Assignment", e.errors().get(4).field());
        assertTrue(e.getMessage().startsWith("5 problem(s) in the MA-M file; first: Registry: row 3"), e.getMessage());
    }

    @Test
    void refusesAWrongHeader() {
        OuiCsv.Invalid e = invalid("Registry,Assignment,Organization Name\nMA-L,4419B6,x\n", RegistryKind.MA_L);
        assertEquals("header", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("row 1 must be exactly"), e.getMessage());
    }

    @Test
    void refusesEmptyAndHeaderOnlyFiles() {
        assertEquals("file", invalid("", RegistryKind.MA_L).errors().get(0).field());
        assertTrue(invalid(" \r\n\n", RegistryKind.MA_L).getMessage().contains("is empty"));
        assertTrue(invalid(HEADER, RegistryKind.MA_L).getMessage().contains("no rows"));
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheLine() {
        byte[] latin1 = (HEADER + "MA-L,0018F7,Kameleon Technologies,217 rue St Honor\u00e9 Paris FR\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        OuiCsv.Invalid e = assertThrows(OuiCsv.Invalid.class, () -> OuiCsv.parse(latin1, RegistryKind.MA_L));
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("is not UTF-8: line 2"), e.getMessage());
        byte[] utf16 = (HEADER + "MA-L,0018F7,x,y\n").getBytes(StandardCharsets.UTF_16);
        assertTrue(assertThrows(OuiCsv.Invalid.class, () -> OuiCsv.parse(utf16, RegistryKind.MA_L)).getMessage()
                .contains("UTF-8"));
    }

    @Test
    void refusesBrokenQuoting() {
        OuiCsv.Invalid e = invalid(HEADER + "MA-L,4419B6,\"Unterminated,x\n", RegistryKind.MA_L);
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("is not valid CSV: (startline 2)"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no Java class names for the person who uploads: " + e.getMessage());
    }

    @Test
    void stopsCollectingAfterAHundredErrors() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            text.append("MA-L,XYZ,x,y\n");
        }
        OuiCsv.Invalid e = invalid(text.toString(), RegistryKind.MA_L);
        assertEquals(OuiCsv.MAX_ERRORS, e.errors().size());
        assertTrue(e.getMessage().contains("showing the first 100"), e.getMessage());
    }
}
