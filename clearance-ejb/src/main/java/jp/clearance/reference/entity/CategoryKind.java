package jp.clearance.reference.entity;

/** A row of {@code ref_category} is a category, or an item within a category (it then names its parent). */
public enum CategoryKind {
    CATEGORY, ITEM
}
