package org.crp.inventory.bulk;

import java.util.List;

/** The CSV columns of devices: what an import reads and an export writes (plus read-only columns). */
final class DeviceCsv {

    static final List<String> IMPORT_COLUMNS = List.of("serial", "asset_tag", "model", "declared_manufacturer",
            "declared_country", "mac_address", "ip_address", "firmware_version", "site_code", "zone_code", "supplier_id",
            "contract_reference", "install_date");

    /** Written by an export and ignored by an import, so an exported file can be edited and imported again. */
    static final List<String> READ_ONLY_COLUMNS = List.of("id", "status", "risk_score", "risk_level", "risk_codes",
            "verified_manufacturer", "verified_country", "legal_holds");

    static final List<String> EXPORT_COLUMNS = java.util.stream.Stream.concat(IMPORT_COLUMNS.stream(),
            READ_ONLY_COLUMNS.stream()).toList();

    private DeviceCsv() {
    }
}
