package org.crp.supplier.dossier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.hold.HoldDtos.HoldView;
import org.crp.supplier.hold.HoldService;
import org.crp.supplier.legalcase.LegalCase;

@ApplicationScoped
class HoldsSection implements DossierSection {

    private final HoldService holds;

    HoldsSection(HoldService holds) {
        this.holds = holds;
    }

    @Override
    public String key() {
        return "holds";
    }

    @Override
    public String title() {
        return "Legal holds";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        List<HoldView> all = holds.all(legalCase);
        return new Part(all, pdf -> {
            if (all.isEmpty()) {
                pdf.empty("legal holds");
            }
            for (HoldView h : all) {
                pdf.line("Device " + h.deviceId() + "  " + h.status() + ", inventory " + h.delivery()
                        + " after " + h.attempts() + " attempt(s)");
                pdf.indented("placed " + h.placedAt() + " by " + h.placedBy()
                        + (h.releasedAt() == null ? "" : "; released " + h.releasedAt() + " by " + h.releasedBy())
                        + (h.lastError() == null ? "" : "; last error: " + h.lastError()));
            }
        });
    }
}
