package jp.clearance.reference.entity;

/** The unit of a legal parameter's value. */
public enum ParameterUnit {
    YEARS, MONTHS, DAYS, COUNT
}
