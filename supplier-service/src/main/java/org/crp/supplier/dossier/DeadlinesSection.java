package org.crp.supplier.dossier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.deadline.DeadlineDtos.DeadlineView;
import org.crp.supplier.deadline.DeadlineRepository;
import org.crp.supplier.legalcase.LegalCase;

@ApplicationScoped
class DeadlinesSection implements DossierSection {

    private final DeadlineRepository deadlines;

    DeadlinesSection(DeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String key() {
        return "deadlines";
    }

    @Override
    public String title() {
        return "Deadlines";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        List<DeadlineView> all = deadlines.list("caseId = ?1 order by dueDate, id", legalCase.id).stream()
                .map(DeadlineView::of).toList();
        return new Part(all, pdf -> {
            if (all.isEmpty()) {
                pdf.empty("deadlines");
            }
            for (DeadlineView d : all) {
                pdf.line(d.dueDate() + "  " + d.kind() + "  " + d.status()
                        + (d.description() == null ? "" : ": " + d.description()));
            }
        });
    }
}
