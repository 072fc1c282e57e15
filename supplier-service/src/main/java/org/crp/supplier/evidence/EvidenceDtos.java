package org.crp.supplier.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.supplier.docs.Examples;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class EvidenceDtos {
    private EvidenceDtos() {
    }

    /** DEVICE needs the inventory device id as reference, DOCUMENT the document's SHA-256 (64 hex characters). */
    @Schema(example = Examples.EVIDENCE_REQUEST)
    public record EvidenceRequest(
            @NotNull EvidenceKind kind,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) String reference) {
    }

    @Schema(example = Examples.EVIDENCE)
    public record EvidenceView(UUID id, UUID caseId, EvidenceKind kind, String description, String reference,
            Instant createdAt) {
        public static EvidenceView of(EvidenceItem e) {
            return new EvidenceView(e.id, e.caseId, e.kind, e.description, e.reference, e.createdAt);
        }
    }

    /** Who and when are the caller and the server's clock, not the client's word. */
    @Schema(example = Examples.CUSTODY_REQUEST)
    public record CustodyRequest(
            @NotNull CustodyAction action,
            @NotBlank @Size(max = 500) String location,
            @Size(max = 2000) String note) {
    }

    @Schema(example = Examples.CUSTODY)
    public record CustodyView(UUID id, UUID evidenceId, int position, String actor, Instant at, CustodyAction action,
            String location, String note, String requestId, String previousHash, String hash) {
        public static CustodyView of(CustodyEntry c) {
            return new CustodyView(c.id, c.evidenceId, c.position, c.actor, c.at, c.action, c.location, c.note,
                    c.requestId, c.previousHash, c.hash);
        }
    }

    /** {@code intact} with the chain's length, or the first entry that does not follow from those before it. */
    @Schema(example = Examples.VERIFICATION)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean intact, int entries, UUID brokenEntryId, Integer brokenPosition, String reason) {
        public static Verification intact(int entries) {
            return new Verification(true, entries, null, null, null);
        }
    }
}
