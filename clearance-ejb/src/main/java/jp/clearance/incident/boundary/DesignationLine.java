package jp.clearance.incident.boundary;

import java.io.Serializable;
import jp.clearance.reference.entity.Act;

/** A designation involved in an incident, as the register shows it (no summary). */
public record DesignationLine(long designationId, String organCode, String referenceNumber, String title,
                              String levelCode, Act act, String categoryCode) implements Serializable {
}
