package jp.clearance.platform.security;

import java.util.List;

/** The roles of Clearance. Names are used verbatim in {@code @RolesAllowed}, the identity store and the UI. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String AGENCY_SECURITY_OFFICER = "AGENCY_SECURITY_OFFICER";
    public static final String INVESTIGATOR = "INVESTIGATOR";
    public static final String ADJUDICATOR = "ADJUDICATOR";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String GRIEVANCE_OFFICER = "GRIEVANCE_OFFICER";
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL = List.of(ADMIN, AGENCY_SECURITY_OFFICER, INVESTIGATOR, ADJUDICATOR,
            COMPLIANCE_OFFICER, GRIEVANCE_OFFICER, EMPLOYEE, AUDITOR);

    private Roles() {
    }
}
