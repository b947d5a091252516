package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;

/**
 * A questionnaire section as the person (or the privacy circle) sees it: its definition, the saved entries, whether it
 * was saved, whether the person may edit it now, and what is still missing or wrong. {@code version} is the saved row's
 * version ({@link #NOT_SAVED} before the first save): a page passes it back when it saves again, so that a save from a
 * stale page (another tab or device) is refused instead of overwriting newer answers. {@code gaps} are the flagged
 * gaps of the employment history (each with a field of its own) and {@code gapExplanations} the person's explanations
 * saved (by {@link QuestionnaireRules.Gap#key()}); both empty for the other sections.
 */
public record SectionView(QuestionnaireForm.Section section, List<Map<String, String>> entries, boolean saved,
                          boolean complete, boolean editable, LocalDateTime savedAt,
                          List<QuestionnaireRules.Issue> issues, long version, List<QuestionnaireRules.Gap> gaps,
                          Map<String, String> gapExplanations) implements Serializable {
    /** The version of a section that has never been saved. */
    public static final long NOT_SAVED = -1;

    public String code() {
        return section.code();
    }

    /** The explanation saved for a gap, or an empty text. */
    public String explanation(QuestionnaireRules.Gap gap) {
        return gapExplanations.getOrDefault(gap.key(), "");
    }
}
