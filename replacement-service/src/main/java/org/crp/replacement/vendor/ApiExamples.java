package org.crp.replacement.vendor;

/** Request and response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String VENDOR_REQUEST = """
            {"name":"Hanbit Security Systems","registrationNumber":"KR-2019-0042","country":"KR",
             "certifications":["KCMVP","ISO 27001"],"regions":["Seoul","Gyeonggi"],"installsPerDay":12}""";

    static final String VENDOR = """
            {"id":"0193a1f2-1111-7000-8000-000000000001","name":"Hanbit Security Systems",
             "registrationNumber":"KR-2019-0042","country":"KR","certifications":["KCMVP","ISO 27001"],
             "regions":["Seoul","Gyeonggi"],"installsPerDay":12,"status":"APPROVED",
             "createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-01-10T09:00:00Z","version":0}""";

    static final String STATUS_REQUEST = """
            {"status":"SUSPENDED","reason":"KCMVP certificate lapsed on 2027-02-01"}""";

    static final String VENDOR_SUSPENDED = """
            {"id":"0193a1f2-1111-7000-8000-000000000001","name":"Hanbit Security Systems",
             "registrationNumber":"KR-2019-0042","country":"KR","certifications":["KCMVP","ISO 27001"],
             "regions":["Seoul","Gyeonggi"],"installsPerDay":12,"status":"SUSPENDED",
             "createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-02-02T08:15:00Z","version":1}""";

    static final String VENDOR_PAGE = """
            {"items":[{"id":"0193a1f2-1111-7000-8000-000000000001","name":"Hanbit Security Systems",
             "registrationNumber":"KR-2019-0042","country":"KR","certifications":["KCMVP","ISO 27001"],
             "regions":["Seoul","Gyeonggi"],"installsPerDay":12,"status":"APPROVED",
             "createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-01-10T09:00:00Z","version":0}],
             "nextCursor":"MDE5M2ExZjItMTExMS03MDAwLTgwMDAtMDAwMDAwMDAwMDAx","total":31}""";
}
