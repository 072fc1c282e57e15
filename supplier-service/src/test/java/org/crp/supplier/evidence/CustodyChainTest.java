package org.crp.supplier.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CustodyChainTest {

    static final UUID EVIDENCE = UUID.fromString("0190f3a0-0000-7000-8000-000000000001");

    static List<CustodyEntry> chainOf(int length) {
        List<CustodyEntry> chain = new ArrayList<>();
        String previous = CustodyChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            CustodyEntry entry = new CustodyEntry();
            entry.id = UUID.randomUUID();
            entry.evidenceId = EVIDENCE;
            entry.position = i;
            entry.actor = "legal";
            entry.at = Instant.parse("2026-03-0" + i + "T10:00:00.123456Z");
            entry.action = i == 1 ? CustodyAction.COLLECTED : CustodyAction.TRANSFERRED;
            entry.location = "Vault " + i;
            entry.note = i == 2 ? null : "note " + i;
            entry.previousHash = previous;
            entry.hash = CustodyChain.hashOf(entry, previous);
            previous = entry.hash;
            chain.add(entry);
        }
        return chain;
    }

    @Test
    void hashIsSha256OfPreviousHashAndCanonicalForm() {
        // sha256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CustodyChain.hash("a", "bc"));
        assertEquals(64, CustodyChain.GENESIS.length());
    }

    @Test
    void canonicalFormsOfDifferentEntriesDiffer() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        String base = CustodyChain.canonical(EVIDENCE, 1, "legal", at, CustodyAction.STORED, "a;b", "c");
        assertNotEquals(base, CustodyChain.canonical(EVIDENCE, 1, "legal", at, CustodyAction.STORED, "a", "b;c"));
        assertNotEquals(base, CustodyChain.canonical(EVIDENCE, 1, "legal", at, CustodyAction.STORED, "a;b", null));
        assertNotEquals(CustodyChain.canonical(EVIDENCE, 1, "legal", at, CustodyAction.STORED, "x", null),
                CustodyChain.canonical(EVIDENCE, 1, "legal", at, CustodyAction.STORED, "x", "-"));
        assertNotEquals(base, CustodyChain.canonical(EVIDENCE, 2, "legal", at, CustodyAction.STORED, "a;b", "c"));
    }

    @Test
    void anIntactChainHasNoBreak() {
        assertNull(CustodyChain.firstBreak(chainOf(3)));
        assertNull(CustodyChain.firstBreak(List.of()));
    }

    @Test
    void aChangedFieldBreaksThatEntry() {
        List<CustodyEntry> chain = chainOf(3);
        chain.get(1).location = "Somewhere else";
        CustodyChain.Break broken = CustodyChain.firstBreak(chain);
        assertSame(chain.get(1), broken.entry());
    }

    @Test
    void aRecomputedHashStillBreaksTheNextLink() {
        List<CustodyEntry> chain = chainOf(3);
        CustodyEntry forged = chain.get(1);
        forged.location = "Somewhere else";
        forged.hash = CustodyChain.hashOf(forged, forged.previousHash);
        assertSame(chain.get(2), CustodyChain.firstBreak(chain).entry());
    }

    @Test
    void aRemovedEntryBreaksTheOneAfterIt() {
        List<CustodyEntry> chain = chainOf(3);
        chain.remove(1);
        CustodyChain.Break broken = CustodyChain.firstBreak(chain);
        assertSame(chain.get(1), broken.entry());
        assertEquals(3, broken.entry().position);
    }

    @Test
    void aChainThatMatchesWhatWasRecordedHasNoBreak() {
        List<CustodyEntry> chain = chainOf(3);
        assertNull(CustodyChain.firstBreak(chain, 3, chain.get(2).hash));
        assertNull(CustodyChain.firstBreak(List.of(), 0, null));
    }

    @Test
    void newestEntriesRemovedAreMissingAfterTheLastOneLeft() {
        List<CustodyEntry> chain = chainOf(3);
        String head = chain.get(2).hash;
        chain.remove(2);
        assertNull(CustodyChain.firstBreak(chain), "the links alone cannot show it");
        CustodyChain.Break broken = CustodyChain.firstBreak(chain, 3, head);
        assertNull(broken.entry());
        assertEquals(3, broken.position());
        assertEquals("the chain ends at position 2 but 3 entries were recorded: the newest 1 are missing", broken.reason());
        assertEquals(1, CustodyChain.firstBreak(List.of(), 3, head).position());
    }

    @Test
    void anEntryNotWrittenByTheServiceOrAReplacedNewestOneIsABreak() {
        List<CustodyEntry> chain = chainOf(3);
        CustodyChain.Break extra = CustodyChain.firstBreak(chain, 2, chain.get(1).hash);
        assertSame(chain.get(2), extra.entry());
        assertEquals(3, extra.position());

        // the newest entry rewritten with a hash that follows from the one before it: only the recorded head shows it
        String head = chain.get(2).hash;
        CustodyEntry forged = chain.get(2);
        forged.location = "Somewhere else";
        forged.hash = CustodyChain.hashOf(forged, forged.previousHash);
        assertNull(CustodyChain.firstBreak(chain));
        CustodyChain.Break replaced = CustodyChain.firstBreak(chain, 3, head);
        assertSame(forged, replaced.entry());
        assertEquals(3, replaced.position());
    }
}
