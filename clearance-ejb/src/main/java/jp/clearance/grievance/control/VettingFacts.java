package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The vetting facts a grievance officer may see for a named complaint: dates and kinds of events, never the
 * questionnaire, the findings or the reasons. Today: the person's transfer records and eligibility records.
 * <p>
 * Extension point for the vetting module (issue 4): once evaluations exist, {@link #forPerson} should also read,
 * for the person, the date consent was refused or withdrawn ({@code CONSENT_REFUSED}, {@code CONSENT_WITHDRAWN})
 * and the date an evaluation's result was notified with its kind favourable/unfavourable only
 * ({@code RESULT_NOTIFIED}), from the vetting tables, adding them as {@link Fact}s.
 */
@Dependent
public class VettingFacts {

    /** One fact: its kind (a message key suffix), day, a short code (reason/status) and the record's id. */
    public record Fact(String kind, LocalDate on, String code, Long recordId) implements Serializable {
    }

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    public List<Fact> forPerson(long personId) {
        List<Fact> facts = new ArrayList<>();
        em.createQuery("select t.id, t.openedOn, t.reason, t.status, t.alertReason from TransferRecord t"
                        + " where t.person.id = :p", Object[].class).setParameter("p", personId).getResultList()
                .forEach(r -> {
                    facts.add(new Fact("TRANSFER_OPENED", (LocalDate) r[1], r[2].toString(), (Long) r[0]));
                    if (r[4] != null) {
                        facts.add(new Fact("TRANSFER_ALERT", (LocalDate) r[1], r[4].toString(), (Long) r[0]));
                    }
                });
        em.createQuery("select e.id, e.notifiedOn, e.levelCode, e.status from Eligibility e where e.person.id = :p",
                        Object[].class).setParameter("p", personId).getResultList()
                .forEach(r -> facts.add(new Fact("ELIGIBILITY_NOTIFIED", (LocalDate) r[1], r[2] + " / " + r[3],
                        (Long) r[0])));
        facts.sort(Comparator.comparing(Fact::on).thenComparing(Fact::kind));
        return facts;
    }
}
