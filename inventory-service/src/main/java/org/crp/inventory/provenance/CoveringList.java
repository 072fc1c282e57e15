package org.crp.inventory.provenance;

/**
 * Legal instruments that name an entity as covered. Only instruments that name companies are
 * here; guidance without a list (such as the UK's 2022 instruction on Chinese visual surveillance
 * equipment at sensitive sites) is recorded in an entry's notes instead.
 */
public enum CoveringList {
    /**
     * US John S. McCain NDAA for FY2019, section 889: telecommunications and video surveillance
     * equipment of Huawei, ZTE, Hytera, Hikvision and Dahua, and their subsidiaries and affiliates.
     */
    NDAA_889,
    /**
     * The US FCC's Covered List under the Secure and Trusted Communications Networks Act of 2019
     * (47 CFR 1.50002): names, among others, Huawei, ZTE, Hytera, Hikvision and Dahua.
     */
    FCC_COVERED_LIST,
    /**
     * UK designated vendor direction under the Communications Act 2003 as amended by the
     * Telecommunications (Security) Act 2021; Huawei was designated in October 2022.
     */
    UK_DESIGNATED_VENDOR
}
