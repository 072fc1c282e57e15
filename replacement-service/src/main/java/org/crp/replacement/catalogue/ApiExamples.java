package org.crp.replacement.catalogue;

/** Request and response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String MODEL_REQUEST = """
            {"manufacturer":"Hanwha Vision","model":"QNV-8080R","countryOfOrigin":"KR","unitCost":400.00,
             "installCost":100.00,"leadTimeDays":14}""";

    static final String MODEL = """
            {"id":"0193a1f2-2222-7000-8000-000000000001","vendorId":"0193a1f2-1111-7000-8000-000000000001",
             "manufacturer":"Hanwha Vision","model":"QNV-8080R","countryOfOrigin":"KR","unitCost":400.00,
             "installCost":100.00,"leadTimeDays":14,"createdAt":"2027-01-11T10:00:00Z",
             "updatedAt":"2027-01-11T10:00:00Z","version":0}""";

    static final String MODEL_PAGE = """
            {"items":[{"id":"0193a1f2-2222-7000-8000-000000000001","vendorId":"0193a1f2-1111-7000-8000-000000000001",
             "manufacturer":"Hanwha Vision","model":"QNV-8080R","countryOfOrigin":"KR","unitCost":400.00,
             "installCost":100.00,"leadTimeDays":14,"createdAt":"2027-01-11T10:00:00Z",
             "updatedAt":"2027-01-11T10:00:00Z","version":0}],"nextCursor":null}""";
}
