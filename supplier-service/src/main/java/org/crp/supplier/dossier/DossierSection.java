package org.crp.supplier.dossier;

import java.util.function.Consumer;

import org.crp.supplier.legalcase.LegalCase;

/**
 * One section of a case dossier. A new section (findings, damages) is one more bean implementing this:
 * the assembler finds every section, orders them by {@link #order()} and puts each in the JSON under
 * {@link #key()} and in the PDF under {@link #title()}.
 */
public interface DossierSection {

    /** The section's name in the JSON dossier's {@code sections}. */
    String key();

    /** The section's heading in the PDF. */
    String title();

    /** Where the section goes: lower first. Summary 10, timeline 20, deadlines 30, evidence 40, holds 50. */
    int order();

    /** Reads the section's content; called inside the assembler's transaction. */
    Part collect(LegalCase legalCase);

    /** A section's content as JSON shows it, and how the PDF writes it. */
    record Part(Object content, Consumer<DossierPdf> renderer) {
    }
}
