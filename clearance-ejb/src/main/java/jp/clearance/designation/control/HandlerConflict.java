package jp.clearance.designation.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Why a record that would otherwise qualify a person does not: a later adverse act of an organ whose decision
 * governs the handling ({@link HandlerRule}). Names the record and the act with their dates, for the security officer
 * who must resolve it (by a re-evaluation); never the findings or the reasons of an evaluation. The portal shows it
 * as {@code designation.conflict.<kind>} with {@link #messageArgs()}.
 *
 * @param eligibilityId    the record overridden
 * @param recordLevel      its level code
 * @param recordOrganJa    the organ that decided it (Japanese name)
 * @param recordNotifiedOn the day it was notified
 * @param recordReference  the organ's reference of an external record, or null
 * @param actOrganJa       the organ that acted later (Japanese name)
 * @param actOn            the day of the later act
 * @param actId            the evaluation (decision, withdrawal, refusal, re-evaluation) or eligibility record
 *                         (suspension, revocation) of the later act
 */
public record HandlerConflict(Kind kind, long eligibilityId, String recordLevel, String recordOrganJa,
                              String recordOrganEn, LocalDate recordNotifiedOn, String recordReference,
                              String actOrganJa, String actOrganEn, LocalDate actOn, long actId) implements Serializable {

    /** The later act. */
    public enum Kind {
        /** The organ adjudicated the person unfavourably. */
        UNFAVOURABLE,
        /** The organ suspended its own record of the person. */
        SUSPENDED,
        /** The organ revoked its own record of the person. */
        REVOKED,
        /** The person withdrew consent to an evaluation of the organ. */
        WITHDRAWN,
        /** The person refused a re-evaluation by the organ. */
        REFUSED,
        /** The organ's re-evaluation of the person is open. */
        OPEN_REEVALUATION
    }

    public String messageKey() {
        return "designation.conflict." + kind.name();
    }

    /**
     * {0} record organ (ja), {1} (en), {2} record level, {3} record notified on, {4} record reference (or its number),
     * {5} acting organ (ja), {6} (en), {7} day of the act, {8} number of the evaluation or record of the act.
     */
    public Object[] messageArgs() {
        return new Object[] {recordOrganJa, recordOrganEn, recordLevel, recordNotifiedOn.toString(),
                recordReference == null ? "#" + eligibilityId : recordReference, actOrganJa, actOrganEn,
                actOn.toString(), Long.toString(actId)};
    }
}
