package org.crp.inventory.api;

/**
 * Request and response examples for the OpenAPI document, as JSON text. One place, so that the
 * many operations answering the same shape show the same camera, site and zone.
 */
public final class ApiExamples {
    private ApiExamples() {
    }

    public static final String SITE_ID = "0192f3a4-1c2d-7e5f-8a6b-3c4d5e6f7a01";
    public static final String ZONE_ID = "0192f3a4-2d3e-7f60-9b7c-4d5e6f7a8b02";
    public static final String DEVICE_ID = "0192f3a5-3e4f-7061-ac8d-5e6f7a8b9c03";
    public static final String SUPPLIER_ID = "0192f3a0-9a8b-7c6d-8e5f-4a3b2c1d0e04";

    public static final String SITE_REQUEST = "{\"code\": \"BASE-07\", \"name\": \"Northern Border Post 7\", \"region\": \"Gangwon\"}";
    public static final String SITE = "{\"id\": \"" + SITE_ID + "\", \"code\": \"BASE-07\", \"name\": \"Northern Border Post 7\","
            + " \"region\": \"Gangwon\", \"createdAt\": \"2026-03-02T08:15:00Z\", \"updatedAt\": \"2026-03-02T08:15:00Z\", \"version\": 0}";
    public static final String SITE_PAGE = "{\"items\": [" + SITE + "], \"nextCursor\": \"MDE5MmYzYTQtMWMyZC03ZTVm\", \"total\": 41}";

    public static final String ZONE_REQUEST = "{\"siteId\": \"" + SITE_ID + "\", \"code\": \"NORTH-FENCE\", \"name\": \"North fence line\","
            + " \"kind\": \"PERIMETER\", \"criticality\": 5, \"maxOutOfServiceFraction\": 0.2}";
    public static final String ZONE = "{\"id\": \"" + ZONE_ID + "\", \"siteId\": \"" + SITE_ID + "\", \"code\": \"NORTH-FENCE\","
            + " \"name\": \"North fence line\", \"kind\": \"PERIMETER\", \"criticality\": 5, \"maxOutOfServiceFraction\": 0.2,"
            + " \"createdAt\": \"2026-03-02T08:20:00Z\", \"updatedAt\": \"2026-03-02T08:20:00Z\", \"version\": 0}";
    public static final String ZONE_PAGE = "{\"items\": [" + ZONE + "], \"nextCursor\": null}";

    public static final String DEVICE_REQUEST = "{\"serial\": \"HS-2143-00917\", \"assetTag\": \"A-7-0917\", \"model\": \"DS-2CD2143G2\","
            + " \"declaredManufacturer\": \"Hanseong Optics\", \"declaredCountry\": \"KR\", \"macAddress\": \"44-19-B6-12-34-56\","
            + " \"ipAddress\": \"10.20.30.40\", \"firmwareVersion\": \"5.7.3\", \"siteId\": \"" + SITE_ID + "\", \"zoneId\": \""
            + ZONE_ID + "\", \"supplierId\": \"" + SUPPLIER_ID + "\", \"contractReference\": \"MND-2019-0412\","
            + " \"installDate\": \"2019-11-04\"}";
    public static final String DEVICE = "{\"id\": \"" + DEVICE_ID + "\", \"serial\": \"HS-2143-00917\", \"assetTag\": \"A-7-0917\","
            + " \"model\": \"DS-2CD2143G2\", \"declaredManufacturer\": \"Hanseong Optics\", \"declaredCountry\": \"KR\","
            + " \"verifiedManufacturer\": null, \"verifiedCountry\": null, \"macAddress\": \"44:19:B6:12:34:56\","
            + " \"ipAddress\": \"10.20.30.40\", \"firmwareVersion\": \"5.7.3\", \"siteId\": \"" + SITE_ID + "\", \"zoneId\": \""
            + ZONE_ID + "\", \"supplierId\": \"" + SUPPLIER_ID + "\", \"contractReference\": \"MND-2019-0412\","
            + " \"installDate\": \"2019-11-04\", \"status\": \"FLAGGED\", \"riskScore\": 77, \"riskLevel\": \"CRITICAL\","
            + " \"riskReasons\": [{\"code\": \"RELABEL_SUSPECTED\", \"points\": 70, \"detail\": \"MAC block registered to Hangzhou"
            + " Hikvision Digital Technology Co.,Ltd. (Hikvision) but declared maker is Hanseong Optics\"}],"
            + " \"legalHolds\": [\"LC-2026-0031\"], \"replacesDeviceId\": null, \"replacedByDeviceId\": null,"
            + " \"createdAt\": \"2026-03-02T08:31:12Z\", \"updatedAt\": \"2026-03-09T14:02:45Z\", \"version\": 4}";
    public static final String DEVICE_PAGE = "{\"items\": [" + DEVICE + "], \"nextCursor\": \"azEKcmlza1Njb3JlLGRlc2MK\", \"total\": 1287}";
    public static final String STATUS_CHANGE = "{\"status\": \"QUARANTINED\", \"reason\": \"Unplugged from the network pending inspection\"}";

    public static final String HISTORY_PAGE = "{\"items\": [{\"id\": \"0192f3b0-0000-7000-8000-000000000011\","
            + " \"at\": \"2026-03-09T14:02:45Z\", \"action\": \"STATUS_CHANGED\", \"subject\": \"j.park\","
            + " \"requestId\": \"7f0c2a4e-61d1-4c3b-9f55-0f6a2b1c9d10\", \"changes\": {\"status\": {\"from\": \"IN_SERVICE\","
            + " \"to\": \"QUARANTINED\"}, \"reason\": \"Unplugged pending inspection\"}}], \"nextCursor\": null}";

    public static final String ZONE_HISTORY_PAGE = "{\"items\": [{\"id\": \"0192f3b0-0000-7000-8000-000000000021\","
            + " \"at\": \"2026-03-10T09:15:02Z\", \"action\": \"UPDATED\", \"subject\": \"j.park\","
            + " \"requestId\": \"3b9d6f10-2c4e-4a7b-8d21-5e0f9c7a1b34\", \"changes\": {\"criticality\": {\"from\": 3,"
            + " \"to\": 5}}}], \"nextCursor\": null}";

    public static final String WATCHLIST_HISTORY_PAGE = "{\"items\": [{\"id\": \"0192f3b0-0000-7000-8000-000000000031\","
            + " \"at\": \"2026-03-11T14:02:40Z\", \"action\": \"UPDATED\", \"subject\": \"m.choi\","
            + " \"requestId\": \"6f1c2a9e-4b7d-4e3a-9c05-2d8b7e1f4a60\", \"changes\": {\"matchTerms\": {\"from\":"
            + " [\"Hikvision\", \"Ezviz\"], \"to\": [\"Hikvision\", \"Ezviz\", \"HiLook\"]}}}], \"nextCursor\": null}";

    public static final String HOLD_REQUEST = "{\"reason\": \"Evidence in the misrepresentation case against the supplier\"}";

    public static final String INSPECTION_REQUEST = "{\"kind\": \"FIRMWARE\", \"inspector\": \"S. Kim, Defence Security Agency\","
            + " \"inspectedOn\": \"2026-03-08\", \"verifiedManufacturer\": \"Hikvision\", \"verifiedCountry\": \"CN\","
            + " \"notes\": \"Boot banner and SDK strings are Hikvision's\","
            + " \"reportSha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}";
    public static final String INSPECTION = "{\"id\": \"0192f3c1-0000-7000-8000-000000000021\", \"deviceId\": \"" + DEVICE_ID + "\","
            + " \"kind\": \"FIRMWARE\", \"inspector\": \"S. Kim, Defence Security Agency\", \"inspectedOn\": \"2026-03-08\","
            + " \"verifiedManufacturer\": \"Hikvision\", \"verifiedCountry\": \"CN\", \"notes\": \"Boot banner and SDK strings are Hikvision's\","
            + " \"reportSha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\", \"recordedBy\": \"s.kim\","
            + " \"createdAt\": \"2026-03-08T16:40:00Z\"}";
    public static final String INSPECTION_PAGE = "{\"items\": [" + INSPECTION + "], \"nextCursor\": null}";

    public static final String FLOWS = "[{\"time\": \"2026-04-01T02:03:04Z\", \"sourceMac\": \"44:19:B6:12:34:56\","
            + " \"destination\": \"203.0.113.50\", \"port\": 8000, \"protocol\": \"TCP\", \"destinationCountry\": \"CN\", \"bytes\": 123456},"
            + " {\"time\": \"2026-04-01T02:05:00Z\", \"sourceIp\": \"10.20.30.41\", \"destination\": \"ntp.example.org\","
            + " \"port\": 123, \"protocol\": \"UDP\", \"destinationCountry\": \"KR\", \"bytes\": 90}]";
    public static final String FLOWS_CSV = "time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n"
            + "2026-04-01T02:03:04Z,,44:19:B6:12:34:56,203.0.113.50,8000,TCP,CN,123456\n";
    public static final String BATCH_REPORT = "{\"received\": 2, \"matched\": 1, \"unmatched\": [{\"row\": 1,"
            + " \"reason\": \"no device has source IP 10.20.30.41\"}]}";
    public static final String OBSERVATION_PAGE = "{\"items\": [{\"id\": \"0192f3d2-0000-7000-8000-000000000031\","
            + " \"observedAt\": \"2026-04-01T02:03:04Z\", \"sourceIp\": null, \"sourceMac\": \"44:19:B6:12:34:56\","
            + " \"destination\": \"203.0.113.50\", \"destinationPort\": 8000, \"protocol\": \"TCP\", \"destinationCountry\": \"CN\","
            + " \"bytes\": 123456}], \"nextCursor\": null}";

    public static final String IMPORT_CSV = "serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,ip_address,"
            + "firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n"
            + "HS-2143-00917,A-7-0917,DS-2CD2143G2,Hanseong Optics,KR,44:19:B6:12:34:56,10.20.30.40,5.7.3,BASE-07,NORTH-FENCE,"
            + SUPPLIER_ID + ",MND-2019-0412,2019-11-04\n";
    public static final String IMPORT_REPORT = "{\"dryRun\": false, \"rows\": 1, \"created\": 1, \"updated\": 0, \"unchanged\": 0,"
            + " \"errorCount\": 0, \"errors\": [], \"flagged\": 1}";
    public static final String BULK_STATUS_REQUEST = "{\"siteId\": [\"" + SITE_ID + "\"], \"riskLevel\": [\"HIGH\", \"CRITICAL\"],"
            + " \"status\": [\"FLAGGED\"], \"target\": \"QUARANTINED\", \"note\": \"Wave 1: isolate every high-risk camera at BASE-07\"}";
    public static final String BULK_STATUS_RESULT = "{\"devices\": 37, \"status\": \"QUARANTINED\"}";

    public static final String REPLACEMENT_REQUEST = "{\"workOrderId\": \"0192f3e3-0000-7000-8000-000000000041\", \"oldDeviceId\": \""
            + DEVICE_ID + "\", \"newDevice\": {\"serial\": \"HW-XNO-6080R-0012\", \"model\": \"XNO-6080R\","
            + " \"manufacturer\": \"Hanwha Vision\", \"country\": \"KR\", \"macAddress\": \"00:09:18:AB:CD:EF\","
            + " \"ipAddress\": \"10.20.30.40\", \"firmwareVersion\": \"2.21\", \"supplierId\": \"0192f3a0-9a8b-7c6d-8e5f-4a3b2c1d0e05\","
            + " \"contractReference\": \"CRP-W1-0007\", \"installDate\": \"2026-05-12\"}}";
    public static final String REPLACEMENT = "{\"workOrderId\": \"0192f3e3-0000-7000-8000-000000000041\", \"oldDeviceId\": \""
            + DEVICE_ID + "\", \"oldDeviceStatus\": \"REMOVED\", \"newDeviceId\": \"0192f3e3-1111-7000-8000-000000000042\","
            + " \"newDeviceStatus\": \"IN_SERVICE\"}";
    public static final String RELEASE_REQUEST = "{\"deviceIds\": [\"" + DEVICE_ID + "\", \"0192f3e3-1111-7000-8000-000000000043\","
            + " \"0192f3e3-1111-7000-8000-000000000044\", \"0192f3e3-1111-7000-8000-000000000045\"],"
            + " \"reason\": \"work order 0192f3e3-0000-7000-8000-000000000041 cancelled: vendor withdrew\"}";
    public static final String RELEASE = "{\"released\": 2, \"devices\": [{\"id\": \"" + DEVICE_ID + "\","
            + " \"serial\": \"HK-2CD2143-0007\", \"status\": \"FLAGGED\"}, {\"id\": \"0192f3e3-1111-7000-8000-000000000043\","
            + " \"serial\": \"HW-XNV-6080-0031\", \"status\": \"IN_SERVICE\"}], \"skipped\": ["
            + "{\"id\": \"0192f3e3-1111-7000-8000-000000000044\", \"reason\": \"not SCHEDULED (IN_SERVICE)\"},"
            + " {\"id\": \"0192f3e3-1111-7000-8000-000000000045\", \"reason\": \"no such device\"}]}";

    public static final String OUI_LOOKUP = "{\"mac\": \"44:19:B6:12:34:56\", \"prefix\": \"4419B6\", \"prefixBits\": 24,"
            + " \"registry\": \"MA-L\", \"organisation\": \"Hangzhou Hikvision Digital Technology Co.,Ltd.\", \"covered\": true,"
            + " \"watchlist\": {\"id\": \"01900000-0000-7000-8000-000000000001\", \"name\": \"Hikvision\","
            + " \"lists\": [\"FCC_COVERED_LIST\", \"NDAA_889\"], \"matchedTerm\": \"Hangzhou Hikvision\"},"
            + " \"registryPublishedOn\": \"2022-08-27\"}";
    public static final String REGISTRY = "{\"kind\": \"MA-L\", \"source\": \"uploaded\", \"versionId\": \"0192f3f4-0000-7000-8000-000000000051\","
            + " \"publishedOn\": \"2026-03-01\", \"rows\": 38812, \"blocks\": 38812,"
            + " \"sha256\": \"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\", \"uploadedAt\": \"2026-03-03T09:00:00Z\","
            + " \"uploadedBy\": \"admin\"}";
    public static final String REGISTRIES = "{\"registries\": [" + REGISTRY + "]}";
    public static final String REGISTRY_CSV = "Registry,Assignment,Organization Name,Organization Address\n"
            + "MA-L,4419B6,Hangzhou Hikvision Digital Technology Co.,Ltd.,\"No.555 Qianmo Road, Hangzhou Zhejiang 310052, CN\"\n";
    public static final String REGISTRY_VERSIONS = "{\"items\": [{\"id\": \"0192f3f4-0000-7000-8000-000000000051\", \"kind\": \"MA-L\","
            + " \"publishedOn\": \"2026-03-01\", \"rows\": 38812, \"blocks\": 38812,"
            + " \"sha256\": \"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\", \"uploadedAt\": \"2026-03-03T09:00:00Z\","
            + " \"uploadedBy\": \"admin\", \"current\": true}], \"nextCursor\": null}";

    public static final String WATCHLIST_REQUEST = "{\"name\": \"Uniview\", \"affiliateOf\": null, \"matchTerms\": [\"Uniview\","
            + " \"Zhejiang Uniview\", \"UNV\"], \"excludeTerms\": [], \"lists\": [\"NDAA_889\"],"
            + " \"notes\": \"Added after the 2026 ministry review\", \"active\": true}";
    public static final String WATCHLIST_ENTRY = "{\"id\": \"01900000-0000-7000-8000-000000000001\", \"name\": \"Hikvision\","
            + " \"affiliateOf\": null, \"matchTerms\": [\"Hikvision\", \"Hangzhou Hikvision\", \"Ezviz\"], \"excludeTerms\": [],"
            + " \"lists\": [\"FCC_COVERED_LIST\", \"NDAA_889\"], \"notes\": \"Hangzhou Hikvision Digital Technology Co., Ltd. and its brands\","
            + " \"active\": true, \"createdAt\": \"2026-01-05T00:00:00Z\", \"updatedAt\": \"2026-01-05T00:00:00Z\", \"version\": 0}";
    public static final String WATCHLIST_PAGE = "{\"items\": [" + WATCHLIST_ENTRY + "], \"nextCursor\": null, \"total\": 5}";
    public static final String WATCHLIST_MATCH = "{\"name\": \"Hangzhou Ezviz Network Co., Ltd.\", \"covered\": true,"
            + " \"match\": {\"entryId\": \"01900000-0000-7000-8000-000000000001\", \"name\": \"Hikvision\","
            + " \"lists\": [\"FCC_COVERED_LIST\", \"NDAA_889\"], \"matchedTerm\": \"Ezviz\"}}";

    public static final String RISK_LIST_REQUEST = "{\"entries\": [\"CN\", \"HK\", \"IR\", \"KP\", \"MO\", \"RU\", \"BY\"],"
            + " \"note\": \"Ministry circular 2026/14 adds Belarus\"}";
    public static final String RISK_LIST = "{\"name\": \"countries-of-concern\", \"entries\": [\"BY\", \"CN\", \"HK\", \"IR\", \"KP\","
            + " \"MO\", \"RU\"], \"updatedAt\": \"2026-04-02T10:00:00Z\", \"version\": 3}";
    public static final String RISK_LISTS = "[" + RISK_LIST + ", {\"name\": \"destination-allowlist\", \"entries\": [\"10.0.0.0/8\","
            + " \"172.16.0.0/12\", \"192.168.0.0/16\", \"fc00::/7\", \"ntp.example.org\"], \"updatedAt\": \"2026-01-05T00:00:00Z\","
            + " \"version\": 0}]";
    public static final String RESCORE = "{\"devices\": 1048576, \"changed\": 1422, \"flagged\": 97}";

    public static final String STATS = "{\"devices\": 1287, \"byStatus\": {\"IN_SERVICE\": 1102, \"FLAGGED\": 148, \"QUARANTINED\": 37},"
            + " \"byRiskLevel\": {\"LOW\": 1010, \"MEDIUM\": 92, \"HIGH\": 111, \"CRITICAL\": 74}, \"bySite\": [{\"siteId\": \""
            + SITE_ID + "\", \"status\": \"FLAGGED\", \"riskLevel\": \"CRITICAL\", \"devices\": 12}]}";
    public static final String SUPPLIER_SUMMARY = "{\"supplierId\": \"" + SUPPLIER_ID + "\", \"devices\": 412, \"flagged\": 97,"
            + " \"originMismatches\": 23, \"relabelSuspects\": 88, \"coveredManufacturer\": 9}";
}
