package jp.clearance.designation.boundary;

import java.io.Serializable;
import jp.clearance.designation.entity.CertificationStatus;

/** Filter of the certification list: one entity, one status, or all. */
public record CertificationFilter(Long entityId, CertificationStatus status) implements Serializable {
}
