package org.crp.supplier.legalcase;

import java.util.Optional;

/**
 * Something that must be settled before a case may be CLOSED (active legal holds, say). Implementations
 * live in the features that own the obstacle, so this package does not depend on them.
 */
public interface CaseClosingCheck {

    /** Why the case cannot be closed yet, or empty when this check has nothing against it. */
    Optional<String> obstacle(LegalCase legalCase);
}
