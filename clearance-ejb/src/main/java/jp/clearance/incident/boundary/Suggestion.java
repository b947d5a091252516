package jp.clearance.incident.boundary;

import java.io.Serializable;

/** Something a picker of the incident pages offers: an id and the parts of its label. */
public record Suggestion(long id, String label, String detailJa, String detailEn) implements Serializable {
}
