package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.clearance.designation.entity.Designation;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;

/**
 * Who may see and change a designation: its register line is visible to the officers whose scope covers the
 * organ (the Cabinet Office's see all); only the designating organ's own security officers change it.
 */
@Dependent
public class DesignationAccess {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    /** A designation the caller's register shows (else not found). */
    public Designation inScope(long id) {
        Designation d = em.find(Designation.class, id);
        Long scope = caller.scopeOrganizationId();
        if (d == null || scope != null && !scope.equals(d.getOrgan().getId())) {
            throw new NotFoundException("Designation", id);
        }
        return d;
    }

    /** A designation of the caller's own organ (else refused: only its officers change it). */
    public Designation ofOwnOrgan(long id) {
        Designation d = inScope(id);
        if (!isOrganOfficer(d)) {
            throw new BusinessException("designation.notYourOrgan", d.getOrgan().getCode());
        }
        return d;
    }

    public boolean isOrganOfficer(Designation d) {
        return caller.hasRole(Roles.AGENCY_SECURITY_OFFICER) && d.getOrgan().getId().equals(caller.organizationId());
    }
}
