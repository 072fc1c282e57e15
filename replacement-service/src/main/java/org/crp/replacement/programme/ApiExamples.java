package org.crp.replacement.programme;

/** Request and response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String PROGRAMME_REQUEST = """
            {"name":"Border posts 2027","scope":{"minRiskLevel":"HIGH",
             "siteIds":["0193a1f2-0000-7000-8000-000000000001"],"zoneIds":[],"supplierIds":[]},
             "budget":2500000.00,"currency":"KRW","startDate":"2027-03-01","targetDate":"2027-06-30",
             "blackoutDates":["2027-05-05"]}""";

    static final String PROGRAMME = """
            {"id":"0193a1f2-3333-7000-8000-000000000001","name":"Border posts 2027","scope":{"minRiskLevel":"HIGH",
             "siteIds":["0193a1f2-0000-7000-8000-000000000001"],"zoneIds":[],"supplierIds":[]},
             "budget":2500000.00,"currency":"KRW","startDate":"2027-03-01","targetDate":"2027-06-30",
             "blackoutDates":["2027-05-05"],"status":"DRAFT","plan":null,"plannedAt":null,
             "createdAt":"2027-02-01T09:00:00Z","updatedAt":"2027-02-01T09:00:00Z","version":0}""";

    static final String PROGRAMME_PLANNED = """
            {"id":"0193a1f2-3333-7000-8000-000000000001","name":"Border posts 2027","scope":{"minRiskLevel":"HIGH",
             "siteIds":["0193a1f2-0000-7000-8000-000000000001"],"zoneIds":[],"supplierIds":[]},
             "budget":2500000.00,"currency":"KRW","startDate":"2027-03-01","targetDate":"2027-06-30",
             "blackoutDates":["2027-05-05"],"status":"PLANNED",
             "plan":{"devices":6,"scheduled":6,"keptOrders":0,"lastDay":"2027-03-03","makespanDays":3,
                     "lowerBoundDays":3,"utilisation":0.67,"hardViolations":0,"cost":3000.00,"overBudgetBy":0.00,
                     "meetsTargetDate":true,"waves":1,"planningMillis":12},
             "plannedAt":"2027-02-03T10:00:00Z","createdAt":"2027-02-01T09:00:00Z",
             "updatedAt":"2027-02-03T10:00:00Z","version":1}""";

    static final String STATUS_REQUEST = """
            {"status":"ACTIVE"}""";

    static final String PROGRAMME_ACTIVE = """
            {"id":"0193a1f2-3333-7000-8000-000000000001","name":"Border posts 2027","scope":{"minRiskLevel":"HIGH",
             "siteIds":["0193a1f2-0000-7000-8000-000000000001"],"zoneIds":[],"supplierIds":[]},
             "budget":2500000.00,"currency":"KRW","startDate":"2027-03-01","targetDate":"2027-06-30",
             "blackoutDates":["2027-05-05"],"status":"ACTIVE",
             "plan":{"devices":6,"scheduled":6,"keptOrders":0,"lastDay":"2027-03-03","makespanDays":3,
                     "lowerBoundDays":3,"utilisation":0.67,"hardViolations":0,"cost":3000.00,"overBudgetBy":0.00,
                     "meetsTargetDate":true,"waves":1,"planningMillis":12},
             "plannedAt":"2027-02-03T10:00:00Z","createdAt":"2027-02-01T09:00:00Z",
             "updatedAt":"2027-02-20T10:00:00Z","version":2}""";

    static final String PROGRAMME_PAGE = """
            {"items":[{"id":"0193a1f2-3333-7000-8000-000000000001","name":"Border posts 2027",
             "scope":{"minRiskLevel":"HIGH","siteIds":["0193a1f2-0000-7000-8000-000000000001"],"zoneIds":[],
             "supplierIds":[]},"budget":2500000.00,"currency":"KRW","startDate":"2027-03-01",
             "targetDate":"2027-06-30","blackoutDates":["2027-05-05"],"status":"DRAFT","plan":null,
             "plannedAt":null,"createdAt":"2027-02-01T09:00:00Z","updatedAt":"2027-02-01T09:00:00Z","version":0}],
             "nextCursor":null,"total":1}""";
}
