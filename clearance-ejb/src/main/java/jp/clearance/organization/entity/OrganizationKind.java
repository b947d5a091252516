package jp.clearance.organization.entity;

/** 行政機関 (administrative organ) or 適合事業者 (conforming business entity). */
public enum OrganizationKind {
    ORGAN, ENTITY
}
