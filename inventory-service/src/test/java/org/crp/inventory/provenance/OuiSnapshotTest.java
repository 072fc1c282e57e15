package org.crp.inventory.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class OuiSnapshotTest {

    static OuiTable table(RegistryKind kind, Map<Long, String> blocks) {
        return new OuiTable(kind, OuiTable.Source.BUNDLED, null, LocalDate.of(2022, 8, 27), blocks.size(), "x", null,
                null, blocks);
    }

    /** Real blocks from IEEE's files: 70:B3:D5 and 8C:1F:64 are IEEE's own 24-bit blocks, cut into MA-S blocks. */
    static final OuiSnapshot SNAPSHOT = new OuiSnapshot(List.of(
            table(RegistryKind.MA_L, Map.of(
                    0x4419B6L, "Hangzhou Hikvision Digital Technology Co.,Ltd.",
                    0x70B3D5L, "IEEE Registration Authority",
                    0x741AE0L, "IEEE Registration Authority",
                    0xE0508BL, "Zhejiang Dahua Technology Co., Ltd.")),
            table(RegistryKind.MA_M, Map.of(0x741AE09L, "Private")),
            table(RegistryKind.MA_S, Map.of(0x70B3D5F2FL, "TELEPLATFORMS"))));

    static long mac(String text) {
        return MacBits.parse(text);
    }

    @Test
    void a24BitBlockAnswersForAnyAddressInIt() {
        OuiMatch match = SNAPSHOT.lookup(mac("44:19:B6:00:00:01"));
        assertEquals(new OuiMatch(RegistryKind.MA_L, "4419B6", 24, "Hangzhou Hikvision Digital Technology Co.,Ltd."), match);
        assertEquals("4419B6", SNAPSHOT.lookup(mac("44:19:B6:FF:FF:FF")).prefix());
    }

    @Test
    void a36BitBlockWinsOverItsIeeeRegistrationAuthorityParent() {
        assertEquals(new OuiMatch(RegistryKind.MA_S, "70B3D5F2F", 36, "TELEPLATFORMS"),
                SNAPSHOT.lookup(mac("70:B3:D5:F2:F0:00")));
        assertEquals(new OuiMatch(RegistryKind.MA_S, "70B3D5F2F", 36, "TELEPLATFORMS"),
                SNAPSHOT.lookup(mac("70:B3:D5:F2:FF:FF")));
        // the neighbouring 36-bit blocks are not TELEPLATFORMS': the 24-bit parent answers
        assertEquals(new OuiMatch(RegistryKind.MA_L, "70B3D5", 24, "IEEE Registration Authority"),
                SNAPSHOT.lookup(mac("70:B3:D5:F3:00:00")));
        assertEquals("70B3D5", SNAPSHOT.lookup(mac("70:B3:D5:F2:EF:FF")).prefix());
    }

    @Test
    void a28BitBlockWinsOverIts24BitParent() {
        assertEquals(new OuiMatch(RegistryKind.MA_M, "741AE09", 28, "Private"), SNAPSHOT.lookup(mac("74:1A:E0:90:00:00")));
        assertEquals(new OuiMatch(RegistryKind.MA_M, "741AE09", 28, "Private"), SNAPSHOT.lookup(mac("74:1A:E0:9F:FF:FF")));
        assertEquals(new OuiMatch(RegistryKind.MA_L, "741AE0", 24, "IEEE Registration Authority"),
                SNAPSHOT.lookup(mac("74:1A:E0:A0:00:00")));
    }

    @Test
    void anUnregisteredBlockAnswersNull() {
        assertNull(SNAPSHOT.lookup(mac("02:00:00:00:00:01")));
    }

    @Test
    void replacingOneRegistryLeavesTheOthers() {
        OuiSnapshot next = SNAPSHOT.with(table(RegistryKind.MA_S, Map.of(0x70B3D5F30L, "Newcomer")));
        assertEquals("Newcomer", next.lookup(mac("70:B3:D5:F3:00:01")).organisation());
        assertEquals("IEEE Registration Authority", next.lookup(mac("70:B3:D5:F2:F0:00")).organisation());
        assertSame(SNAPSHOT.table(RegistryKind.MA_L), next.table(RegistryKind.MA_L));
        assertEquals("TELEPLATFORMS", SNAPSHOT.lookup(mac("70:B3:D5:F2:F0:00")).organisation(), "the old snapshot is untouched");
    }

    @Test
    void macsParseInEveryNotationAndPrefixesPrintAsIeeeDoes() {
        assertEquals(0x4419B6123456L, mac("44:19:B6:12:34:56"));
        assertEquals(0x4419B6123456L, mac("44-19-b6-12-34-56"));
        assertEquals(0x4419B6123456L, mac("4419.b612.3456"));
        assertEquals(0x4419B6123456L, mac("4419B6123456"));
        assertEquals(-1, mac("44:19:B6:12:34"));
        assertEquals(-1, mac(null));
        assertEquals("00D0EF", RegistryKind.MA_L.hex(0x00D0EFL));
        assertEquals("0050C27D5", RegistryKind.MA_S.hex(RegistryKind.MA_S.prefixOf(mac("00:50:C2:7D:51:23"))));
        assertEquals("741AE09", RegistryKind.MA_M.hex(RegistryKind.MA_M.prefixOf(mac("74:1A:E0:9A:BC:DE"))));
    }

    @Test
    void theRecordedDigestsAreThoseOfTheBundledFiles() throws Exception {
        // checked here rather than at every start, where hashing 4 MB would cost a cold JVM ~200 ms
        BundledRegistry bundled = new BundledRegistry();
        for (RegistryKind kind : RegistryKind.values()) {
            String file = Map.of(RegistryKind.MA_L, "oui", RegistryKind.MA_M, "mam", RegistryKind.MA_S, "oui36").get(kind);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/main/resources/ieee", file + ".csv.gz")))) {
                assertEquals(bundled.sha256(kind), OuiCsv.sha256(in.readAllBytes()), kind.label());
            }
        }
    }

    @Test
    void theBundledSnapshotLoadsAndAnswersForRealBlocks() {
        BundledRegistry bundled = new BundledRegistry();
        OuiSnapshot real = new OuiSnapshot(List.of(bundled.load(RegistryKind.MA_L), bundled.load(RegistryKind.MA_M),
                bundled.load(RegistryKind.MA_S)));
        assertEquals(32527, real.table(RegistryKind.MA_L).size(), "32,530 rows: 080030 is assigned three times, 0001C8 twice");
        assertEquals(32530, real.table(RegistryKind.MA_L).rows());
        assertEquals(4390, real.table(RegistryKind.MA_M).size());
        assertEquals(5029, real.table(RegistryKind.MA_S).size());
        assertEquals(LocalDate.of(2022, 8, 27), real.table(RegistryKind.MA_L).publishedOn());
        assertEquals("Hangzhou Hikvision Digital Technology Co.,Ltd.", real.lookup(mac("44:19:B6:12:34:56")).organisation());
        assertEquals("TELEPLATFORMS", real.lookup(mac("70:B3:D5:F2:F1:23")).organisation());
        assertEquals("IEEE Registration Authority", real.table(RegistryKind.MA_L).organisation(0x70B3D5L));
        String twice = real.table(RegistryKind.MA_L).organisation(0x080030L);
        assertTrue(twice.contains("CERN") && twice.contains("NETWORK RESEARCH CORPORATION"), twice);
    }
}
