package jp.clearance.designation.control;

import java.util.List;

/**
 * What the access rule needs to know about a person and a designation on a day, gathered by {@link HandlerRule}.
 *
 * @param requiredRank       the rank of the designation's level ({@code ref_level.rank})
 * @param validRanks         the ranks of the person's eligibilities valid on the day
 * @param holder             how the person's organization holds the information
 * @param needToKnowSection  the person's section is active and need-to-know
 * @param sectionInContract  for an entity: the section is named in the certification's contract
 * @param trainingValid      a training record is valid on the day
 * @param overriddenRanks    the ranks of records that would count but are overridden by a later adverse act
 *                           ({@link HandlerConflict})
 */
public record HandlerFacts(boolean designationInForce, boolean personActive, int requiredRank, List<Integer> validRanks,
                           Holder holder, boolean needToKnowSection, boolean sectionInContract, boolean trainingValid,
                           List<Integer> overriddenRanks) {

    /** Facts without overridden records. */
    public HandlerFacts(boolean designationInForce, boolean personActive, int requiredRank, List<Integer> validRanks,
                        Holder holder, boolean needToKnowSection, boolean sectionInContract, boolean trainingValid) {
        this(designationInForce, personActive, requiredRank, validRanks, holder, needToKnowSection, sectionInContract,
                trainingValid, List.of());
    }

    /** How the person's employer holds the designated information. */
    public enum Holder {
        /** The organ that designated it. */
        DESIGNATING_ORGAN,
        /** Another organ it was provided to. */
        RECIPIENT_ORGAN,
        /** A conforming entity it was provided to, certified on the day. */
        CERTIFIED_ENTITY,
        /** An entity it was provided to whose certification is not in force on the day. */
        UNCERTIFIED_ENTITY,
        /** Neither. */
        NONE
    }
}
