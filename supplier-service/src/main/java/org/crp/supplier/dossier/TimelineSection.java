package org.crp.supplier.dossier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.legalcase.CaseEventRepository;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseDtos.EventView;

@ApplicationScoped
class TimelineSection implements DossierSection {

    private final CaseEventRepository events;

    TimelineSection(CaseEventRepository events) {
        this.events = events;
    }

    @Override
    public String key() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        List<EventView> timeline = events.list("caseId = ?1 order by occurredAt, id", legalCase.id).stream()
                .map(EventView::of).toList();
        return new Part(timeline, pdf -> {
            if (timeline.isEmpty()) {
                pdf.empty("timeline entries");
            }
            for (EventView e : timeline) {
                pdf.line(e.occurredAt() + "  " + e.kind() + "  by " + e.author() + ": " + e.text());
            }
        });
    }
}
