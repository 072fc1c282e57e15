package org.crp.replacement.progress;

/** Response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String PROGRESS = """
            {"programmeId":"0193a1f2-7c3e-7d41-9a55-3b1e2f4a5c6d","name":"Border posts 2027","status":"ACTIVE",
             "today":"2027-03-10","startDate":"2027-03-01","targetDate":"2027-06-30",
             "byStatus":{"PLANNED":1,"DISPATCHED":0,"IN_PROGRESS":0,"COMPLETED":3,"FAILED":1,"CANCELLED":1},
             "devices":5,"completed":3,"remaining":2,"percentComplete":60.0,
             "sites":[{"siteId":"0193a1f2-0000-7000-8000-000000000001","devices":5,"completed":3,"inWork":1,"failed":1,
                       "percentComplete":60.0}],
             "burnDown":[{"date":"2027-03-01","remaining":5,"planned":3},{"date":"2027-03-02","remaining":5,"planned":1}],
             "velocity":{"days":7,"from":"2027-03-04","to":"2027-03-10","completed":2,"perDay":0.29},
             "projection":{"completionDate":"2027-03-17","onTarget":true},
             "cost":{"currency":"KRW","budget":100000.00,"toDate":1500.00,"committed":2000.00,"remainingBudget":98500.00,
                     "percentOfBudgetSpent":1.5}}""";}
