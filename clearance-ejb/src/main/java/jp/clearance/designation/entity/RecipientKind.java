package jp.clearance.designation.entity;

/** Who received designated information: a conforming entity (Art 10), another organ (Art 6), a foreign government or international organisation (Art 8). */
public enum RecipientKind {
    ENTITY, ORGAN, FOREIGN
}
