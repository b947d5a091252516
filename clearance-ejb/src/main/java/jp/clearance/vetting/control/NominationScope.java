package jp.clearance.vetting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.clearance.designation.entity.CertificationStatus;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Whom the caller may nominate for an evaluation, stated once: the staff of the caller's own organization, or the
 * staff of a conforming entity that the caller's organ has certified (a certification in force today: the entity's
 * staff are evaluated by the organ that provides it information, 2024 Act Art 11(1)); the central organization
 * (Cabinet Office) everyone. The nomination, the nomination import and the re-evaluation ask it before anything else,
 * and answer "not found" for a person outside the scope exactly as for a person that does not exist.
 */
@Dependent
public class NominationScope {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    public boolean mayNominate(Person p) {
        if (caller.isCentral()) {
            return true;
        }
        Long own = caller.organizationId();
        if (own == null) {
            return false;
        }
        Organization employer = p.getEmployer();
        if (employer.getId().equals(own)) {
            return true;
        }
        return employer.getKind() == OrganizationKind.ENTITY && certified(employer.getId(), own, clock.today());
    }

    private boolean certified(long entityId, long organId, LocalDate on) {
        return !em.createQuery("select c.id from Certification c where c.entity.id = :e and c.organ.id = :o"
                        + " and c.status = :certified and c.validFrom <= :on and c.validUntil >= :on", Long.class)
                .setParameter("e", entityId).setParameter("o", organId).setParameter("certified", CertificationStatus.CERTIFIED)
                .setParameter("on", on).setMaxResults(1).getResultList().isEmpty();
    }
}
