package org.crp.common.security;

/** Keycloak realm roles of the {@code crp} realm; the one place their names are spelled. */
public final class Roles {
    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String SECURITY_OFFICER = "security-officer";
    public static final String LEGAL_COUNSEL = "legal-counsel";
    public static final String VENDOR = "vendor";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    /** Token claim that carries a vendor user's vendor id. */
    public static final String VENDOR_ID_CLAIM = "vendor_id";

    private Roles() {
    }
}
