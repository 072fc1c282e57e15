package org.crp.supplier.dossier;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.damages.DamagesDtos.SnapshotView;
import org.crp.supplier.damages.DamagesService;
import org.crp.supplier.legalcase.LegalCase;

/** The last computed damages breakdown; the dossier says so when none was computed. */
@ApplicationScoped
class DamagesSection implements DossierSection {

    private final DamagesService damages;

    DamagesSection(DamagesService damages) {
        this.damages = damages;
    }

    @Override
    public String key() {
        return "damages";
    }

    @Override
    public String title() {
        return "Damages";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Part collect(LegalCase legalCase) {
        Optional<SnapshotView> latest = damages.latestIfComputed(legalCase.id);
        return new Part(latest.orElse(null), pdf -> {
            if (latest.isEmpty()) {
                pdf.empty("computed damages (recompute them before exporting)");
                return;
            }
            SnapshotView s = latest.get();
            pdf.field("Computed", s.computedAt() + " by " + s.computedBy());
            if (s.breakdown().claim() != null) {
                pdf.field("Claimed", s.breakdown().claim().amount() + " " + s.breakdown().claim().currency());
            }
            s.breakdown().totals().forEach(t -> pdf.line(t.currency() + ": replacement planned " + t.replacementPlanned()
                    + ", completed " + t.replacementCompleted() + ", investigation " + t.investigation() + ", total "
                    + t.total()));
            s.breakdown().investigationCosts().forEach(c -> pdf.indented(c.incurredOn() + "  " + c.description() + "  "
                    + c.amount() + " " + c.currency()));
        });
    }
}
