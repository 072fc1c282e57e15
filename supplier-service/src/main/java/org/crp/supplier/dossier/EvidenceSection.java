package org.crp.supplier.dossier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.evidence.CustodyRepository;
import org.crp.supplier.evidence.EvidenceDtos.CustodyView;
import org.crp.supplier.evidence.EvidenceDtos.EvidenceView;
import org.crp.supplier.evidence.EvidenceDtos.Verification;
import org.crp.supplier.evidence.EvidenceRepository;
import org.crp.supplier.evidence.EvidenceService;
import org.crp.supplier.legalcase.LegalCase;

/** Every evidence item with its whole chain of custody and the chain's verification, recomputed now. */
@ApplicationScoped
class EvidenceSection implements DossierSection {

    record EvidenceRecord(EvidenceView item, List<CustodyView> custody, Verification verification) {
    }

    private final EvidenceRepository evidence;
    private final CustodyRepository custody;
    private final EvidenceService service;

    EvidenceSection(EvidenceRepository evidence, CustodyRepository custody, EvidenceService service) {
        this.evidence = evidence;
        this.custody = custody;
        this.service = service;
    }

    @Override
    public String key() {
        return "evidence";
    }

    @Override
    public String title() {
        return "Evidence and chain of custody";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        List<EvidenceRecord> records = evidence.list("caseId = ?1 order by id", legalCase.id).stream()
                .map(item -> new EvidenceRecord(EvidenceView.of(item),
                        custody.chain(item.id).stream().map(CustodyView::of).toList(),
                        service.verify(legalCase.id, item.id)))
                .toList();
        return new Part(records, pdf -> {
            if (records.isEmpty()) {
                pdf.empty("evidence");
            }
            for (EvidenceRecord r : records) {
                EvidenceView item = r.item();
                pdf.subheading(item.kind() + ": " + item.description());
                pdf.field("Evidence id", item.id());
                pdf.field("Reference", item.reference());
                pdf.field("Registered", item.createdAt());
                Verification v = r.verification();
                if (v.intact()) {
                    pdf.field("Chain of custody", "intact, " + v.entries() + " entries");
                } else {
                    pdf.alert("Chain of custody BROKEN at entry " + v.brokenPosition() + " (" + v.brokenEntryId() + "): "
                            + v.reason());
                }
                for (CustodyView c : r.custody()) {
                    pdf.indented(c.position() + ". " + c.at() + "  " + c.action() + "  by " + c.actor() + " at " + c.location()
                            + (c.note() == null ? "" : " - " + c.note()));
                    pdf.indented("    hash " + c.hash());
                }
            }
        });
    }
}
