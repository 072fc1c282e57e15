package org.crp.replacement.cost;

/** Response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String BY_SUPPLIER = """
            [{"supplierId":"0193a1f2-7777-7000-8000-000000000001","currency":"KRW","orders":120,"completed":45,
              "plannedCost":60000.00,"completedCost":22500.00},
             {"supplierId":null,"currency":"KRW","orders":3,"completed":0,"plannedCost":1500.00,"completedCost":0.00}]""";
}
