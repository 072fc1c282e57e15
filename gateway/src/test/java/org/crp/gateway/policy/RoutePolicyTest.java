package org.crp.gateway.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    final RoutePolicy policy = new RoutePolicy(List.of(
            new RoutePolicy.Rule(List.of(PathPattern.compile("/api/legal/**")), Set.of("GET"), Set.of("auditor", "legal")),
            new RoutePolicy.Rule(List.of(PathPattern.compile("/api/legal/**")), Set.of(), Set.of("legal")),
            new RoutePolicy.Rule(List.of(PathPattern.compile("/api/**")), Set.of(), Set.of("pm"))));

    @Test
    void theFirstMatchingRuleDecidesEvenIfALaterOneWouldAdmit() {
        assertFalse(policy.allows("GET", "/api/legal/cases", Set.of("pm")));
        assertTrue(policy.allows("GET", "/api/legal/cases", Set.of("auditor")));
        assertFalse(policy.allows("POST", "/api/legal/cases", Set.of("auditor")));
        assertTrue(policy.allows("POST", "/api/legal/cases", Set.of("legal")));
        assertTrue(policy.allows("DELETE", "/api/other", Set.of("pm", "unrelated")));
    }

    @Test
    void whatNoRuleCoversIsRefused() {
        assertFalse(policy.allows("GET", "/elsewhere", Set.of("pm", "legal", "auditor")));
        assertFalse(policy.allows("GET", "/api/other", Set.of()));
    }
}
