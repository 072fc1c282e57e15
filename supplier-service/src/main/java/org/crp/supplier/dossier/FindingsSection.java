package org.crp.supplier.dossier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.finding.FindingDtos.FindingView;
import org.crp.supplier.finding.FindingService;
import org.crp.supplier.legalcase.LegalCase;

/** The findings against the case's supplier, with the devices behind each. */
@ApplicationScoped
class FindingsSection implements DossierSection {

    private final FindingService findings;

    FindingsSection(FindingService findings) {
        this.findings = findings;
    }

    @Override
    public String key() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings against the supplier";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        List<FindingView> all = findings.all(legalCase.supplierId);
        return new Part(all, pdf -> {
            if (all.isEmpty()) {
                pdf.empty("findings");
            }
            for (FindingView f : all) {
                pdf.subheading(f.type() + " (" + f.source() + ")");
                pdf.line(f.summary());
                f.devices().forEach(d -> pdf.indented("device " + d.serial() + " " + d.deviceId()
                        + (d.detail() == null ? "" : ": " + d.detail())));
            }
        });
    }
}
