package jp.clearance.reference.boundary;

import java.io.Serializable;
import jp.clearance.reference.entity.InformationCategory;

/** A category or item with the names of its parent category (for items), for the list. */
public record CategoryRow(InformationCategory category, String parentNameJa, String parentNameEn)
        implements Serializable {
}
