package org.crp.replacement.programme;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT until planned; PLANNED may go back to DRAFT to change scope; ACTIVE while swaps happen. */
public enum ProgrammeStatus {
    DRAFT, PLANNED, ACTIVE, COMPLETED;

    /** The explicit transition table; anything not listed is refused with 409. */
    public Set<ProgrammeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED);
            case PLANNED -> EnumSet.of(DRAFT, ACTIVE);
            case ACTIVE -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }
}
