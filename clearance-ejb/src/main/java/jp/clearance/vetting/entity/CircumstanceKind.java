package jp.clearance.vetting.entity;

/** What changed in a holder's circumstances (事後の事情変更). */
public enum CircumstanceKind {
    MARRIAGE, FAMILY_NATIONALITY, DEBT, ARREST, OTHER
}
