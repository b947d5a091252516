package jp.clearance.grievance.boundary;

import java.io.Serializable;
import jp.clearance.organization.entity.OrganizationKind;

/** An employer or organ to pick on the public complaint page. */
public record OrganizationOption(long id, String code, OrganizationKind kind, String nameJa, String nameEn)
        implements Serializable {
}
