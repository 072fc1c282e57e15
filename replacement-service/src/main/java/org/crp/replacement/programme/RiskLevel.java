package org.crp.replacement.programme;

import java.util.Arrays;
import java.util.List;

/** inventory's risk bands, lowest first; a scope's minimum includes every band from it up. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public List<String> andAbove() {
        return Arrays.stream(values()).filter(l -> l.ordinal() >= ordinal()).map(Enum::name).toList();
    }
}
