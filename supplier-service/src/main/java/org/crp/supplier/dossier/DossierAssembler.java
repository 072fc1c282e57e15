package org.crp.supplier.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.crp.common.web.Actor;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseService;

/** Builds a case's dossier from every {@link DossierSection}, in one transaction so the sections agree. */
@ApplicationScoped
public class DossierAssembler {

    private final List<DossierSection> sections;
    private final LegalCaseService cases;
    private final Actor actor;
    private final Clock clock;

    DossierAssembler(Instance<DossierSection> sections, LegalCaseService cases, Actor actor, Clock clock) {
        List<DossierSection> ordered = new ArrayList<>();
        sections.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(DossierSection::order));
        this.sections = List.copyOf(ordered);
        this.cases = cases;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Dossier json(UUID caseId) {
        return assemble(caseId).dossier();
    }

    @Transactional
    public byte[] pdf(UUID caseId) {
        Assembled assembled = assemble(caseId);
        Dossier dossier = assembled.dossier();
        // the sections render what they collected, so a second rendering (see DossierPdf.render) writes the same
        return DossierPdf.render("Case dossier " + dossier.caseNumber(), pdf -> {
            pdf.field("Case", dossier.caseNumber() + " (" + dossier.caseId() + ")");
            pdf.field("Generated", dossier.generatedAt() + " by " + dossier.generatedBy());
            for (int i = 0; i < sections.size(); i++) {
                pdf.heading(sections.get(i).title());
                assembled.parts().get(i).renderer().accept(pdf);
            }
        });
    }

    /** The dossier's file name, such as LC-2026-00001-dossier.pdf. */
    @Transactional
    public String fileName(UUID caseId) {
        return cases.require(caseId).number + "-dossier.pdf";
    }

    private Assembled assemble(UUID caseId) {
        LegalCase legalCase = cases.require(caseId);
        Map<String, Object> content = new LinkedHashMap<>();
        List<DossierSection.Part> parts = new ArrayList<>();
        for (DossierSection section : sections) {
            DossierSection.Part part = section.collect(legalCase);
            content.put(section.key(), part.content());
            parts.add(part);
        }
        Dossier dossier = new Dossier(legalCase.id, legalCase.number, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                actor.subject(), content);
        return new Assembled(dossier, parts);
    }

    private record Assembled(Dossier dossier, List<DossierSection.Part> parts) {
    }
}
