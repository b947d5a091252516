package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * The vetting facts a grievance officer may see for a named complaint: dates and kinds of events, never the
 * questionnaire, the findings or the reasons. Read from the vetting tables by projection (no evaluation entity is
 * loaded, so nothing else can leak): for each of the person's evaluations that ended in a refusal, a withdrawal or a
 * result, the day and the state only ({@code CONSENT_REFUSED}, {@code CONSENT_WITHDRAWN}, {@code RESULT_NOTIFIED}
 * with FAVOURABLE/UNFAVOURABLE); the person's transfer records ({@code TRANSFER_OPENED}, {@code TRANSFER_ALERT}) and
 * eligibility records ({@code ELIGIBILITY_NOTIFIED}).
 */
@Dependent
public class VettingFacts {
    private static final Set<EvaluationState> ENDED = Set.of(EvaluationState.REFUSED, EvaluationState.WITHDRAWN,
            EvaluationState.FAVOURABLE, EvaluationState.UNFAVOURABLE);

    /**
     * One fact: its kind (a message key suffix), day, a short code (an enum name: reason, alert, state or status;
     * {@link #codeGroup} says which), the level of an evaluation or eligibility, and the record's id.
     */
    public record Fact(String kind, LocalDate on, String code, String level, Long recordId) implements Serializable {
        /** The group of {@link #code}'s values: transfer.reason, transfer.alert, vetting.state, eligibility.status. */
        public String codeGroup() {
            return switch (kind) {
                case "TRANSFER_OPENED" -> "transfer.reason";
                case "TRANSFER_ALERT" -> "transfer.alert";
                case "ELIGIBILITY_NOTIFIED" -> "eligibility.status";
                default -> "vetting.state";
            };
        }

        /** Whether {@link #recordId} is a transfer record (the desk may open it). */
        public boolean transferRecord() {
            return kind.startsWith("TRANSFER_");
        }
    }

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    public List<Fact> forPerson(long personId) {
        List<Fact> facts = new ArrayList<>();
        em.createQuery("select t.id, t.openedOn, t.reason, t.status, t.alertReason from TransferRecord t"
                        + " where t.person.id = :p", Object[].class).setParameter("p", personId).getResultList()
                .forEach(r -> {
                    facts.add(new Fact("TRANSFER_OPENED", (LocalDate) r[1], r[2].toString(), null, (Long) r[0]));
                    if (r[4] != null) {
                        facts.add(new Fact("TRANSFER_ALERT", (LocalDate) r[1], r[4].toString(), null, (Long) r[0]));
                    }
                });
        em.createQuery("select e.id, e.notifiedOn, e.levelCode, e.status from Eligibility e where e.person.id = :p",
                        Object[].class).setParameter("p", personId).getResultList()
                .forEach(r -> facts.add(new Fact("ELIGIBILITY_NOTIFIED", (LocalDate) r[1], r[3].toString(),
                        (String) r[2], (Long) r[0])));
        em.createQuery("select e.id, e.state, e.stateChangedAt, e.decidedOn, e.levelCode from Evaluation e"
                        + " where e.person.id = :p and e.state in :ended", Object[].class)
                .setParameter("p", personId).setParameter("ended", ENDED).getResultList()
                .forEach(r -> {
                    EvaluationState state = (EvaluationState) r[1];
                    LocalDate changed = ((LocalDateTime) r[2]).toLocalDate();
                    String kind = switch (state) {
                        case REFUSED -> "CONSENT_REFUSED";
                        case WITHDRAWN -> "CONSENT_WITHDRAWN";
                        default -> "RESULT_NOTIFIED";
                    };
                    LocalDate on = kind.equals("RESULT_NOTIFIED") && r[3] != null ? (LocalDate) r[3] : changed;
                    facts.add(new Fact(kind, on, state.name(), (String) r[4], (Long) r[0]));
                });
        facts.sort(Comparator.comparing(Fact::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Fact::kind));
        return facts;
    }
}
