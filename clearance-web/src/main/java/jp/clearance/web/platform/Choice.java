package jp.clearance.web.platform;

import java.io.Serializable;

/** Something a picker offers: the id the boundary needs, and the label the user reads (already localized). */
public record Choice(long id, String label) implements Serializable {
}
