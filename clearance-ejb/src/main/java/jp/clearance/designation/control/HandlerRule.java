package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.RecipientKind;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.entity.Person;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * The access rule, in one place: who may be on a designation's handler register on a day. A person qualifies when
 * the designation is in force and the person is active; holds a favourable eligibility valid that day for the
 * designation's level or a higher one (by {@code ref_level.rank}: Top Secret class covers Confidential class);
 * belongs to the designating organ, to an organ it was provided to, or to a conforming entity it was provided to
 * and that is certified that day; works in an active need-to-know section (for an entity, one named in the
 * contract); and has security training valid that day. {@link #failures} returns every condition that fails.
 */
@Dependent
public class HandlerRule {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    LegalLimits limits;

    /** Every failed condition for this person and designation on the day; empty means the person qualifies. */
    public List<HandlerCondition> failures(Designation d, Person p, LocalDate on) {
        return evaluate(facts(d, p, on));
    }

    /** The rule itself, on facts already gathered (pure; unit-tested). */
    public static List<HandlerCondition> evaluate(HandlerFacts f) {
        Set<HandlerCondition> failed = EnumSet.noneOf(HandlerCondition.class);
        if (!f.designationInForce()) {
            failed.add(HandlerCondition.DESIGNATION_NOT_IN_FORCE);
        }
        if (!f.personActive()) {
            failed.add(HandlerCondition.PERSON_INACTIVE);
        }
        if (f.validRanks().isEmpty()) {
            failed.add(HandlerCondition.NO_VALID_ELIGIBILITY);
        } else if (f.validRanks().stream().noneMatch(rank -> rank >= f.requiredRank())) {
            failed.add(HandlerCondition.ELIGIBILITY_LEVEL_TOO_LOW);
        }
        switch (f.holder()) {
            case NONE -> failed.add(HandlerCondition.ORGANIZATION_NOT_HOLDING);
            case UNCERTIFIED_ENTITY -> failed.add(HandlerCondition.ENTITY_NOT_CERTIFIED);
            default -> { }
        }
        if (!f.needToKnowSection()) {
            failed.add(HandlerCondition.NO_NEED_TO_KNOW_SECTION);
        } else if (f.holder() == HandlerFacts.Holder.CERTIFIED_ENTITY && !f.sectionInContract()) {
            failed.add(HandlerCondition.SECTION_NOT_IN_CONTRACT);
        }
        if (!f.trainingValid()) {
            failed.add(HandlerCondition.NO_VALID_TRAINING);
        }
        return new ArrayList<>(failed);
    }

    /** Gathers the facts: a handful of indexed queries for one person. */
    HandlerFacts facts(Designation d, Person p, LocalDate on) {
        Map<String, Level> levels = limits.levels(on);
        Level required = levels.get(d.getLevelCode());
        int requiredRank = required == null ? Integer.MAX_VALUE : required.getRank();
        List<Integer> validRanks = em.createQuery("select e from Eligibility e where e.person.id = :p"
                        + " and e.status = :valid", Eligibility.class)
                .setParameter("p", p.getId()).setParameter("valid", EligibilityStatus.VALID).getResultList().stream()
                .filter(e -> e.isValidOn(on)).map(e -> levels.get(e.getLevelCode()))
                .filter(l -> l != null).map(Level::getRank).toList();

        Organization employer = p.getEmployer();
        HandlerFacts.Holder holder = HandlerFacts.Holder.NONE;
        Certification certification = null;
        if (employer.getId().equals(d.getOrgan().getId())) {
            holder = HandlerFacts.Holder.DESIGNATING_ORGAN;
        } else if (employer.getKind() == OrganizationKind.ORGAN) {
            if (received(d, employer, RecipientKind.ORGAN)) {
                holder = HandlerFacts.Holder.RECIPIENT_ORGAN;
            }
        } else {
            List<Certification> certifications = em.createQuery("select c from Provision v join v.certification c"
                            + " where v.designation.id = :d and v.recipient.id = :e and v.recipientKind = :kind",
                    Certification.class).setParameter("d", d.getId()).setParameter("e", employer.getId())
                    .setParameter("kind", RecipientKind.ENTITY).getResultList();
            if (!certifications.isEmpty()) {
                certification = certifications.stream().filter(c -> c.isCertifiedOn(on)).findFirst().orElse(null);
                holder = certification == null ? HandlerFacts.Holder.UNCERTIFIED_ENTITY : HandlerFacts.Holder.CERTIFIED_ENTITY;
            }
        }
        Section section = p.getSection();
        boolean needToKnow = section != null && section.isActive() && section.isNeedToKnow();
        boolean inContract = certification != null && section != null
                && certification.getSections().stream().anyMatch(s -> s.getId().equals(section.getId()));
        boolean trained = !em.createQuery("select t.id from TrainingRecord t where t.person.id = :p"
                        + " and t.completedOn <= :on and t.validUntil >= :on", Long.class)
                .setParameter("p", p.getId()).setParameter("on", on).setMaxResults(1).getResultList().isEmpty();
        return new HandlerFacts(d.isInForceOn(on), p.isActive(), requiredRank, validRanks, holder, needToKnow,
                inContract, trained);
    }

    private boolean received(Designation d, Organization recipient, RecipientKind kind) {
        return !em.createQuery("select v.id from Provision v where v.designation.id = :d and v.recipient.id = :r"
                        + " and v.recipientKind = :kind", Long.class).setParameter("d", d.getId())
                .setParameter("r", recipient.getId()).setParameter("kind", kind).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
