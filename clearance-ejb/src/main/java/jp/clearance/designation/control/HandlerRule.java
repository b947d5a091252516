package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
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
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilitySource;
import jp.clearance.vetting.entity.EligibilityStatus;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * The access rule, in one place: who may be on a designation's handler register on a day. A person qualifies when
 * the designation is in force and the person is active; holds a favourable eligibility valid that day for the
 * designation's level or a higher one (by {@code ref_level.rank}: Top Secret class covers Confidential class) that
 * counts for this designation ({@link #counts}) and that no later adverse act of a governing organ overrides
 * ({@link #adverseActs}); belongs to the designating organ, to an organ it was provided to, or to a conforming entity
 * it was provided to and that is certified that day; works in an active need-to-know section (for an entity, one
 * named in the contract); and has security training valid that day. {@link #failures} returns every condition that
 * fails, {@link #conflicts} the overridden records with the acts that override them.
 *
 * <p>The governing organs of a person for a designation are the designating organ and, for the staff of an organ
 * the information was provided to, that organ (2024 Act Art 11(1): the evaluation of the head of the organ that has
 * the person do the work; for a conforming entity's staff, the organ that provides the information, i.e. the
 * designating organ).
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

    /**
     * The records that would qualify the person but are overridden by a later adverse act of a governing organ, one
     * line per record and act (empty when there is no such conflict).
     */
    public List<HandlerConflict> conflicts(Designation d, Person p, LocalDate on) {
        return gather(d, p, on).conflicts();
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
        if (f.validRanks().stream().noneMatch(rank -> rank >= f.requiredRank())) {
            if (f.overriddenRanks().stream().anyMatch(rank -> rank >= f.requiredRank())) {
                failed.add(HandlerCondition.LATER_ADVERSE_DECISION);
            } else if (f.validRanks().isEmpty()) {
                failed.add(HandlerCondition.NO_VALID_ELIGIBILITY);
            } else {
                failed.add(HandlerCondition.ELIGIBILITY_LEVEL_TOO_LOW);
            }
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

    /**
     * Which records count for a designation, stated once (pure; unit-tested): a record of a governing organ, at any
     * level (its rank is compared with the designation's by {@link #evaluate}); or, by the 2024 Act Art 11(2), a
     * 2013-Act (Specially Designated Secrets) clearance of any organ for information under the 2024 Act (the seeded
     * note of the TOP_SECRET level says so: "An SDS clearance also allows handling of CESI"). Nothing else: another
     * organ's 2024-Act result counts only once this organ recognises it or the reference data state an equivalence
     * (neither is modelled yet: there is no recognition act and no equivalence table; this method is where they go).
     *
     * @param governing        the record was decided by a governing organ of the person for the designation
     * @param recordAct        the Act of the record's level
     * @param designationAct   the Act of the designation's level
     */
    public static boolean counts(boolean governing, Act recordAct, Act designationAct) {
        return governing || recordAct == Act.SDS_2013 && designationAct == Act.CESI_2024;
    }

    /**
     * Whether an adverse act overrides a record (pure; unit-tested): it came after the record was notified. On the
     * same day, it overrides a record entered from outside (its notification preceded its entry) and a record of an
     * evaluation decided before the act, not one decided after it (the re-evaluation that resolves a conflict).
     */
    static boolean overrides(LocalDate actOn, LocalDateTime actAt, LocalDate recordNotifiedOn, boolean recordExternal,
                             LocalDateTime recordCreatedAt) {
        if (!actOn.equals(recordNotifiedOn)) {
            return actOn.isAfter(recordNotifiedOn);
        }
        return recordExternal || recordCreatedAt == null || actAt == null || actAt.isAfter(recordCreatedAt);
    }

    /** Gathers the facts: a handful of indexed queries for one person. */
    HandlerFacts facts(Designation d, Person p, LocalDate on) {
        return gather(d, p, on).facts();
    }

    private record Gathered(HandlerFacts facts, List<HandlerConflict> conflicts) {
    }

    /** A later adverse act of a governing organ. */
    private record AdverseAct(HandlerConflict.Kind kind, Organization organ, LocalDate on, LocalDateTime at, long id) {
    }

    private Gathered gather(Designation d, Person p, LocalDate on) {
        Map<String, Level> levels = limits.levels(on);
        Level required = levels.get(d.getLevelCode());
        int requiredRank = required == null ? Integer.MAX_VALUE : required.getRank();
        Organization employer = p.getEmployer();
        Set<Long> governing = new HashSet<>();
        governing.add(d.getOrgan().getId());
        if (employer.getKind() == OrganizationKind.ORGAN) {
            governing.add(employer.getId());
        }
        List<AdverseAct> adverse = adverseActs(p, governing, on);
        List<Integer> validRanks = new ArrayList<>();
        List<Integer> overriddenRanks = new ArrayList<>();
        List<HandlerConflict> conflicts = new ArrayList<>();
        for (Eligibility e : em.createQuery("select e from Eligibility e join fetch e.organ where e.person.id = :p"
                        + " and e.status = :valid order by e.notifiedOn, e.id", Eligibility.class)
                .setParameter("p", p.getId()).setParameter("valid", EligibilityStatus.VALID).getResultList()) {
            Level level = levels.get(e.getLevelCode());
            if (!e.isValidOn(on) || level == null
                    || !counts(governing.contains(e.getOrgan().getId()), level.getAct(), required == null ? null : required.getAct())) {
                continue;
            }
            List<AdverseAct> later = adverse.stream().filter(a -> overrides(a.on(), a.at(), e.getNotifiedOn(),
                    e.getSource() == EligibilitySource.EXTERNAL, e.getCreatedAt())).toList();
            if (later.isEmpty()) {
                validRanks.add(level.getRank());
            } else {
                overriddenRanks.add(level.getRank());
                Organization o = e.getOrgan();
                later.forEach(a -> conflicts.add(new HandlerConflict(a.kind(), e.getId(), e.getLevelCode(), o.getNameJa(),
                        o.getNameEn(), e.getNotifiedOn(), e.getExternalReference(), a.organ().getNameJa(),
                        a.organ().getNameEn(), a.on(), a.id())));
            }
        }

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
        return new Gathered(new HandlerFacts(d.isInForceOn(on), p.isActive(), requiredRank, validRanks, holder,
                needToKnow, inContract, trained, overriddenRanks), conflicts);
    }

    /**
     * The adverse acts of the governing organs concerning the person, up to the day: an unfavourable decision; a
     * withdrawal of consent to an evaluation; a refused re-evaluation; an open re-evaluation started on a doubt (a change
     * of circumstances reported since the re-evaluated record); a suspended or revoked record of the organ's own.
     */
    private List<AdverseAct> adverseActs(Person p, Set<Long> organs, LocalDate on) {
        List<AdverseAct> acts = new ArrayList<>();
        Set<EvaluationState> states = EnumSet.of(EvaluationState.UNFAVOURABLE, EvaluationState.WITHDRAWN,
                EvaluationState.REFUSED);
        states.addAll(EvaluationState.open());
        for (Evaluation v : em.createQuery("select v from Evaluation v join fetch v.requestingOrgan where v.person.id = :p"
                        + " and v.requestingOrgan.id in :organs and v.state in :states", Evaluation.class)
                .setParameter("p", p.getId()).setParameter("organs", organs).setParameter("states", states)
                .getResultList()) {
            boolean reEvaluation = v.getPreviousEligibilityId() != null;
            HandlerConflict.Kind kind;
            LocalDateTime at = v.getStateChangedAt();
            LocalDate day = at == null ? null : at.toLocalDate();
            if (v.getState() == EvaluationState.UNFAVOURABLE) {
                kind = HandlerConflict.Kind.UNFAVOURABLE;
                day = v.getDecidedOn() != null ? v.getDecidedOn() : day;
            } else if (v.getState() == EvaluationState.WITHDRAWN) {
                kind = HandlerConflict.Kind.WITHDRAWN;
            } else if (!reEvaluation) {
                continue;
            } else if (v.getState() == EvaluationState.REFUSED) {
                kind = HandlerConflict.Kind.REFUSED;
            } else if (doubtSince(p, v.getPreviousEligibilityId())) {
                kind = HandlerConflict.Kind.OPEN_REEVALUATION;
                at = v.getCreatedAt();
                day = at == null ? day : at.toLocalDate();
            } else {
                continue; // a routine renewal before the record ends: the person keeps handling meanwhile
            }
            if (day != null && !day.isAfter(on)) {
                acts.add(new AdverseAct(kind, v.getRequestingOrgan(), day, at, v.getId()));
            }
        }
        for (Eligibility e : em.createQuery("select e from Eligibility e join fetch e.organ where e.person.id = :p"
                        + " and e.organ.id in :organs and e.status in :states", Eligibility.class)
                .setParameter("p", p.getId()).setParameter("organs", organs)
                .setParameter("states", List.of(EligibilityStatus.SUSPENDED, EligibilityStatus.REVOKED)).getResultList()) {
            LocalDate day = e.getStatusChangedOn();
            if (day != null && !day.isAfter(on)) {
                acts.add(new AdverseAct(e.getStatus() == EligibilityStatus.SUSPENDED ? HandlerConflict.Kind.SUSPENDED
                        : HandlerConflict.Kind.REVOKED, e.getOrgan(), day, e.getUpdatedAt(), e.getId()));
            }
        }
        return acts;
    }

    /**
     * Whether a re-evaluation concerns a doubt: the person reported a change of circumstances on or after the day the
     * re-evaluated record was notified (a re-evaluation started only because the record is about to end is none).
     */
    private boolean doubtSince(Person p, long eligibilityId) {
        Eligibility previous = em.find(Eligibility.class, eligibilityId);
        return previous != null && !em.createQuery("select c.id from CircumstanceChange c where c.person.id = :p"
                        + " and c.reportedOn >= :since", Long.class).setParameter("p", p.getId())
                .setParameter("since", previous.getNotifiedOn()).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean received(Designation d, Organization recipient, RecipientKind kind) {
        return !em.createQuery("select v.id from Provision v where v.designation.id = :d and v.recipient.id = :r"
                        + " and v.recipientKind = :kind", Long.class).setParameter("d", d.getId())
                .setParameter("r", recipient.getId()).setParameter("kind", kind).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
