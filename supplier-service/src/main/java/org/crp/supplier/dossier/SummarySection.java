package org.crp.supplier.dossier;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseView;
import org.crp.supplier.supplier.SupplierDtos.SupplierView;
import org.crp.supplier.supplier.SupplierService;

@ApplicationScoped
class SummarySection implements DossierSection {

    record Summary(CaseView legalCase, SupplierView supplier) {
    }

    private final SupplierService suppliers;

    SummarySection(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @Override
    public String key() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        Summary summary = new Summary(CaseView.of(legalCase), suppliers.get(legalCase.supplierId));
        return new Part(summary, pdf -> {
            CaseView c = summary.legalCase();
            SupplierView s = summary.supplier();
            pdf.field("Number", c.number());
            pdf.field("Type", c.type());
            pdf.field("Status", c.status() + " since " + c.statusChangedAt());
            pdf.field("Opened", c.createdAt());
            pdf.field("Supplier", s.name() + " (registration " + s.registrationNumber() + ", " + s.country() + ", "
                    + s.status() + ")");
            pdf.field("Counsel", c.counsel());
            pdf.field("Court", c.court() == null ? null : c.court() + (c.courtReference() == null ? "" : ", " + c.courtReference()));
            pdf.field("Claimed", c.claimedAmount() == null ? null : c.claimedAmount() + " " + c.currency());
            pdf.field("Awarded", c.awardedAmount() == null ? null : c.awardedAmount() + " " + c.currency());
        });
    }
}
