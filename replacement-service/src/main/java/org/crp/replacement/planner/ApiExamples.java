package org.crp.replacement.planner;

/** Response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String PLAN_AFTER_PLANNING = """
            {"programmeId":"0193a1f2-3333-7000-8000-000000000001",
             "figures":{"devices":6,"scheduled":6,"keptOrders":0,"lastDay":"2027-03-03","makespanDays":3,
                        "lowerBoundDays":3,"utilisation":0.67,"hardViolations":0,"cost":3000.00,"overBudgetBy":0.00,
                        "meetsTargetDate":true,"waves":1,"planningMillis":12},
             "waves":[{"wave":1,"from":"2027-03-01","to":"2027-03-03","orders":6,"cost":3000.00}],
             "scheduledInInventory":6,"inventoryFailures":[]}""";

    static final String PLAN = """
            {"programmeId":"0193a1f2-3333-7000-8000-000000000001",
             "figures":{"devices":6,"scheduled":6,"keptOrders":0,"lastDay":"2027-03-03","makespanDays":3,
                        "lowerBoundDays":3,"utilisation":0.67,"hardViolations":0,"cost":3000.00,"overBudgetBy":0.00,
                        "meetsTargetDate":true,"waves":1,"planningMillis":12},
             "waves":[{"wave":1,"from":"2027-03-01","to":"2027-03-03","orders":6,"cost":3000.00}]}""";
}
