package org.crp.supplier.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.Actor;
import org.crp.supplier.client.Inventory;
import org.crp.supplier.evidence.EvidenceDtos.CustodyRequest;
import org.crp.supplier.evidence.EvidenceDtos.CustodyView;
import org.crp.supplier.evidence.EvidenceDtos.EvidenceRequest;
import org.crp.supplier.evidence.EvidenceDtos.EvidenceView;
import org.crp.supplier.evidence.EvidenceDtos.Verification;
import org.crp.supplier.legalcase.LegalCaseService;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final CustodyRepository custody;
    private final LegalCaseService cases;
    private final Actor actor;
    private final Clock clock;
    private final Inventory inventory;

    EvidenceService(EvidenceRepository evidence, CustodyRepository custody, LegalCaseService cases, Actor actor, Clock clock,
            Inventory inventory) {
        this.evidence = evidence;
        this.custody = custody;
        this.cases = cases;
        this.actor = actor;
        this.clock = clock;
        this.inventory = inventory;
    }

    /**
     * Registers an item. A DEVICE item names a camera inventory has: inventory is asked after the case is
     * checked and outside any transaction, so that a hold placed on the item later does not fail on a device
     * that never existed.
     */
    public EvidenceView create(UUID caseId, EvidenceRequest request) {
        QuarkusTransaction.requiringNew().run(() -> cases.require(caseId).requireNotClosed("it takes no new evidence"));
        String reference = reference(request.kind(), request.reference());
        if (request.kind() == EvidenceKind.DEVICE) {
            requireDevice(UUID.fromString(reference));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            cases.requireForWrite(caseId).requireNotClosed("it takes no new evidence");
            EvidenceItem item = new EvidenceItem();
            item.caseId = caseId;
            item.kind = request.kind();
            item.description = request.description().strip();
            item.reference = reference;
            evidence.persistAndFlush(item);
            return EvidenceView.of(item);
        });
    }

    private void requireDevice(UUID deviceId) {
        if (!Inventory.hasDevice(inventory, deviceId)) {
            throw ApiException.unprocessable("reference", "inventory has no device " + deviceId
                    + "; DEVICE evidence names a camera in the register by its id");
        }
    }

    @Transactional
    public EvidenceView get(UUID caseId, UUID evidenceId) {
        return EvidenceView.of(require(caseId, evidenceId));
    }

    @Transactional
    public Page<EvidenceView> list(UUID caseId, List<EvidenceKind> kinds, PageRequest page) {
        cases.require(caseId);
        return Paging.page(evidence, new Filter().eq("caseId", caseId).in("kind", kinds), page, e -> e.id, EvidenceView::of);
    }

    /**
     * Appends the next link under a lock on the item, so concurrent appends form one chain, never a fork; the item
     * records the chain's new length and newest hash, for {@link #verify} to hold the chain to.
     */
    @Transactional
    public CustodyView append(UUID caseId, UUID evidenceId, CustodyRequest request) {
        cases.require(caseId);
        // the item's first read in this transaction takes the lock, so its chain length and head are the latest
        EvidenceItem item = evidence.findForAppend(evidenceId).filter(e -> e.caseId.equals(caseId))
                .orElseThrow(() -> ApiException.notFound("Evidence item", evidenceId + " of case " + caseId));
        CustodyEntry previous = custody.last(evidenceId).orElse(null);
        CustodyEntry entry = new CustodyEntry();
        entry.evidenceId = evidenceId;
        entry.position = previous == null ? 1 : previous.position + 1;
        entry.actor = actor.subject();
        // stored with PostgreSQL's microsecond precision, so the hash is computed from what is read back
        entry.at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entry.action = request.action();
        entry.location = request.location().strip();
        entry.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        entry.requestId = actor.requestId();
        entry.previousHash = previous == null ? CustodyChain.GENESIS : previous.hash;
        entry.hash = CustodyChain.hashOf(entry, entry.previousHash);
        custody.persist(entry);
        item.custodyEntries++;
        item.custodyHead = entry.hash;
        custody.flush();
        return CustodyView.of(entry);
    }

    @Transactional
    public Page<CustodyView> chain(UUID caseId, UUID evidenceId, PageRequest page) {
        require(caseId, evidenceId);
        return Paging.page(custody, new Filter().eq("evidenceId", evidenceId), page, c -> c.id, CustodyView::of);
    }

    @Transactional
    public CustodyView entry(UUID caseId, UUID evidenceId, UUID entryId) {
        require(caseId, evidenceId);
        return custody.findByIdOptional(entryId).filter(c -> c.evidenceId.equals(evidenceId)).map(CustodyView::of)
                .orElseThrow(() -> ApiException.notFound("Custody entry", entryId + " of evidence item " + evidenceId));
    }

    @Transactional
    public Verification verify(UUID caseId, UUID evidenceId) {
        EvidenceItem item = require(caseId, evidenceId);
        List<CustodyEntry> chain = custody.chain(evidenceId);
        CustodyChain.Break broken = CustodyChain.firstBreak(chain, item.custodyEntries, item.custodyHead);
        if (broken == null) {
            return Verification.intact(chain.size());
        }
        return new Verification(false, chain.size(), broken.entry() == null ? null : broken.entry().id, broken.position(),
                broken.reason());
    }

    private EvidenceItem require(UUID caseId, UUID evidenceId) {
        cases.require(caseId);
        return evidence.findByIdOptional(evidenceId).filter(e -> e.caseId.equals(caseId))
                .orElseThrow(() -> ApiException.notFound("Evidence item", evidenceId + " of case " + caseId));
    }

    private static String reference(EvidenceKind kind, String raw) {
        String reference = raw == null || raw.isBlank() ? null : raw.strip();
        switch (kind) {
            case DEVICE -> {
                if (reference == null) {
                    throw ApiException.badRequest("reference", "is required for DEVICE evidence: the inventory device id");
                }
                try {
                    return UUID.fromString(reference).toString();
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("reference", "'" + reference + "' is not a device id (a UUID)");
                }
            }
            case DOCUMENT -> {
                if (reference == null || !reference.matches("[0-9a-fA-F]{64}")) {
                    throw ApiException.badRequest("reference",
                            "must be the document's SHA-256 as 64 hexadecimal characters for DOCUMENT evidence");
                }
                return reference.toLowerCase(Locale.ROOT);
            }
            default -> {
                return reference;
            }
        }
    }
}
