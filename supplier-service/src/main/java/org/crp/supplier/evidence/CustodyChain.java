package org.crp.supplier.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain of custody entries, kept pure so it can be tested without a database. Each entry's
 * hash is sha256(previous hash + canonical form), where the canonical form lists the entry's own
 * fields in a fixed order, each as {@code name=length:value;} so no two different entries serialise alike.
 */
public final class CustodyChain {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private CustodyChain() {
    }

    public static String canonical(UUID evidenceId, int position, String actor, Instant at, CustodyAction action,
            String location, String note) {
        StringBuilder out = new StringBuilder();
        field(out, "evidenceId", evidenceId.toString());
        field(out, "position", Integer.toString(position));
        field(out, "actor", actor);
        field(out, "at", at.toString());
        field(out, "action", action.name());
        field(out, "location", location);
        field(out, "note", note);
        return out.toString();
    }

    public static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((previousHash + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hashOf(CustodyEntry entry, String previousHash) {
        return hash(previousHash, canonical(entry.evidenceId, entry.position, entry.actor, entry.at, entry.action,
                entry.location, entry.note));
    }

    /** The first entry that does not follow from the ones before it, or null when the chain is intact. */
    public static Break firstBreak(List<CustodyEntry> chain) {
        String previous = GENESIS;
        int expectedPosition = 1;
        for (CustodyEntry entry : chain) {
            if (entry.position != expectedPosition) {
                return new Break(entry, "position " + entry.position + " where " + expectedPosition
                        + " was expected: an entry is missing");
            }
            if (!previous.equals(entry.previousHash)) {
                return new Break(entry, "its previous hash does not match the hash of the entry before it");
            }
            if (!hashOf(entry, previous).equals(entry.hash)) {
                return new Break(entry, "its fields do not match its hash: the entry was changed after it was written");
            }
            previous = entry.hash;
            expectedPosition++;
        }
        return null;
    }

    /**
     * The first break of a chain whose length and newest hash were recorded on its evidence item as each entry was
     * appended: a chain that follows from itself but is shorter than recorded lost its newest entries, which the
     * links alone cannot show; longer, it gained entries behind the service's back; with another newest hash, its
     * newest entry was replaced by one that still follows from those before it.
     */
    public static Break firstBreak(List<CustodyEntry> chain, int recordedEntries, String recordedHead) {
        Break broken = firstBreak(chain);
        if (broken != null) {
            return broken;
        }
        if (chain.size() < recordedEntries) {
            return new Break(null, chain.size() + 1, "the chain ends at position " + chain.size() + " but "
                    + recordedEntries + " entries were recorded: the newest " + (recordedEntries - chain.size())
                    + " are missing");
        }
        if (chain.size() > recordedEntries) {
            CustodyEntry extra = chain.get(recordedEntries);
            return new Break(extra, "only " + recordedEntries + " entries were recorded: this one and any after it "
                    + "were not written by the service");
        }
        if (chain.isEmpty()) {
            return recordedHead == null ? null
                    : new Break(null, 1, "no entry was recorded, yet a newest hash was: the evidence item was changed");
        }
        CustodyEntry newest = chain.get(chain.size() - 1);
        if (!newest.hash.equals(recordedHead)) {
            return new Break(newest, "its hash is not the one recorded for the newest entry: the entry was replaced "
                    + "after it was written");
        }
        return null;
    }

    /** Where a chain breaks: the entry at fault, or none when entries are missing from its end, and why. */
    public record Break(CustodyEntry entry, int position, String reason) {
        Break(CustodyEntry entry, String reason) {
            this(entry, entry.position, reason);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append(';');
    }
}
