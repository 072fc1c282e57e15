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

    public record Break(CustodyEntry entry, String reason) {
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
