package org.crp.replacement.workorder;

/** Request and response examples for the OpenAPI document. */
final class ApiExamples {
    private ApiExamples() {
    }

    private static final String COMMON = """
            "id":"0193a1f2-4444-7000-8000-000000000001","programmeId":"0193a1f2-3333-7000-8000-000000000001",
             "deviceId":"0193a1f2-5555-7000-8000-000000000001","siteId":"0193a1f2-0000-7000-8000-000000000001",
             "zoneId":"0193a1f2-6666-7000-8000-000000000001","originalSupplierId":"0193a1f2-7777-7000-8000-000000000001",
             "region":"Gyeonggi","vendorId":"0193a1f2-1111-7000-8000-000000000001",
             "modelId":"0193a1f2-2222-7000-8000-000000000001","scheduledDate":"2027-03-03","wave":1,
             "unitCost":400.00,"installCost":100.00,"plannedBy":"pm.kim",""";

    static final String ORDER = "{" + COMMON + """
            "status":"PLANNED","syncState":"NONE","createdAt":"2027-02-03T10:00:00Z",
             "updatedAt":"2027-02-03T10:00:00Z","version":0}""";

    static final String ORDER_PAGE = "{\"items\":[" + ORDER + "],\"nextCursor\":null}";

    static final String STATUS_REQUEST = """
            {"status":"IN_PROGRESS"}""";

    static final String ORDER_IN_PROGRESS = "{" + COMMON + """
            "status":"IN_PROGRESS","syncState":"NONE","createdAt":"2027-02-03T10:00:00Z",
             "updatedAt":"2027-03-03T08:05:00Z","version":2}""";

    static final String COMPLETION_REQUEST = """
            {"serial":"HV-QNV8080R-000123","macAddress":"00:09:18:3C:4D:5E","model":"QNV-8080R"}""";

    static final String ORDER_COMPLETED = "{" + COMMON + """
            "status":"COMPLETED","newDevice":{"serial":"HV-QNV8080R-000123","macAddress":"00:09:18:3C:4D:5E",
             "model":"QNV-8080R"},"completedAt":"2027-03-03T11:40:00Z","syncState":"PENDING",
             "createdAt":"2027-02-03T10:00:00Z","updatedAt":"2027-03-03T11:40:00Z","version":3}""";

    static final String HISTORY = """
            [{"id":"0193a1f2-8888-7000-8000-000000000001","from":"PLANNED","to":"DISPATCHED","actor":"pm.kim",
              "requestId":"5f0c2a7e-1d2b-4c3a-9e8f-0a1b2c3d4e5f","note":null,"at":"2027-03-01T07:00:00Z"},
             {"id":"0193a1f2-8888-7000-8000-000000000002","from":"DISPATCHED","to":"IN_PROGRESS","actor":"engineer.lee",
              "requestId":"6a1d3b8f-2e3c-4d4b-8f90-1b2c3d4e5f60","note":null,"at":"2027-03-03T08:05:00Z"}]""";
}
