package org.crp.supplier.dossier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A case exported as one document: its sections by key, in dossier order (summary, timeline, deadlines, evidence, holds). */
public record Dossier(UUID caseId, String caseNumber, Instant generatedAt, String generatedBy, Map<String, Object> sections) {
}
