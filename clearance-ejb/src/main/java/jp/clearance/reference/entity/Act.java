package jp.clearance.reference.entity;

/**
 * The two regimes Clearance serves. Stored by name in the {@code act} column of every reference table.
 * <ul>
 * <li>{@link #SDS_2013}: Act on the Protection of Specially Designated Secrets (特定秘密の保護に関する法律,
 * Act No. 108 of 2013), Top Secret class;</li>
 * <li>{@link #CESI_2024}: Act on the Protection and Utilization of Critical Economic Security Information
 * (重要経済安保情報の保護及び活用に関する法律, Act No. 27 of 2024), Confidential class.</li>
 * </ul>
 */
public enum Act {
    SDS_2013, CESI_2024
}
