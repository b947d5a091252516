package jp.clearance.vetting.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an eligibility evaluation, the one place that says which step may follow which:
 * <pre>
 * NOMINATED --consent--> QUESTIONNAIRE --submit--> SUBMITTED --take--> INVESTIGATING --report--> REPORTED
 *     |                      |  \--reuse (decide on the latest investigation of another organ)--^     |
 *     |--refuse--> REFUSED   |                     INVESTIGATING --return--> RETURNED --resubmit--/   |
 *     |--cancel--> CANCELLED |                                                         (back to INVESTIGATING)
 *                            any state before the decision --withdraw--> WITHDRAWN      decide: FAVOURABLE | UNFAVOURABLE
 * </pre>
 */
public enum EvaluationState {
    NOMINATED, QUESTIONNAIRE, REFUSED, WITHDRAWN, CANCELLED, SUBMITTED, INVESTIGATING, RETURNED, REPORTED,
    FAVOURABLE, UNFAVOURABLE;

    private static final Map<EvaluationState, Set<EvaluationState>> NEXT = Map.ofEntries(
            Map.entry(NOMINATED, EnumSet.of(QUESTIONNAIRE, REFUSED, CANCELLED)),
            Map.entry(QUESTIONNAIRE, EnumSet.of(SUBMITTED, REPORTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(INVESTIGATING, WITHDRAWN)),
            Map.entry(INVESTIGATING, EnumSet.of(RETURNED, REPORTED, WITHDRAWN)),
            Map.entry(RETURNED, EnumSet.of(INVESTIGATING, WITHDRAWN)),
            Map.entry(REPORTED, EnumSet.of(FAVOURABLE, UNFAVOURABLE, WITHDRAWN)),
            Map.entry(REFUSED, EnumSet.noneOf(EvaluationState.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(EvaluationState.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(EvaluationState.class)),
            Map.entry(FAVOURABLE, EnumSet.noneOf(EvaluationState.class)),
            Map.entry(UNFAVOURABLE, EnumSet.noneOf(EvaluationState.class)));

    /** Who holds the case in a state: whose move it is. */
    public enum Holder { PERSON, INVESTIGATION_DESK, INVESTIGATOR, ADJUDICATOR, NONE }

    /** The steps of the regular course, in order, as the case page's step tracker shows them. */
    public static final List<EvaluationState> COURSE = List.of(NOMINATED, QUESTIONNAIRE, SUBMITTED, INVESTIGATING,
            REPORTED, FAVOURABLE);

    /**
     * The step of {@link #COURSE} a case in this state is at (from 0): returned for correction is still the
     * investigation, either decision is the last step; an end without a decision (refused, cancelled, withdrawn) is
     * on no step (-1).
     */
    public int courseStep() {
        return switch (this) {
            case RETURNED -> COURSE.indexOf(INVESTIGATING);
            case UNFAVOURABLE -> COURSE.indexOf(FAVOURABLE);
            case REFUSED, CANCELLED, WITHDRAWN -> -1;
            default -> COURSE.indexOf(this);
        };
    }

    /**
     * Whose move it is: the person (consent, questionnaire, correction), the investigating body's desk (a submitted
     * case waits to be taken), the assigned investigator, the adjudicator of the requesting organ; nobody once ended.
     */
    public Holder holder() {
        return switch (this) {
            case NOMINATED, QUESTIONNAIRE, RETURNED -> Holder.PERSON;
            case SUBMITTED -> Holder.INVESTIGATION_DESK;
            case INVESTIGATING -> Holder.INVESTIGATOR;
            case REPORTED -> Holder.ADJUDICATOR;
            default -> Holder.NONE;
        };
    }

    /** The states that may follow this one. */
    public Set<EvaluationState> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(EvaluationState target) {
        return NEXT.get(this).contains(target);
    }

    /** No step follows: the evaluation has ended (refused, withdrawn, cancelled or decided). */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** The person may still withdraw consent (consent was given and there is no decision yet). */
    public boolean isWithdrawable() {
        return canMoveTo(WITHDRAWN);
    }

    /** The person edits the questionnaire: all sections while filling in, the reopened ones when returned. */
    public boolean isQuestionnaireOpen() {
        return this == QUESTIONNAIRE || this == RETURNED;
    }

    /**
     * The states of the investigation desk's queue: the cases an investigating body may take (submitted) or is working on
     * (under investigation, returned for correction). Its investigators read a case in these states; otherwise only the
     * investigator it is assigned to does.
     */
    public static Set<EvaluationState> investigationQueue() {
        return EnumSet.of(SUBMITTED, INVESTIGATING, RETURNED);
    }

    /** States that are not final: a person has at most one such evaluation per level. */
    public static Set<EvaluationState> open() {
        EnumSet<EvaluationState> open = EnumSet.noneOf(EvaluationState.class);
        for (EvaluationState s : values()) {
            if (!s.isFinal()) {
                open.add(s);
            }
        }
        return open;
    }
}
