package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;

/**
 * A questionnaire section as the person (or the privacy circle) sees it: its definition, the saved entries, whether it
 * was saved, whether the person may edit it now, and what is still missing or wrong.
 */
public record SectionView(QuestionnaireForm.Section section, List<Map<String, String>> entries, boolean saved,
                          boolean complete, boolean editable, LocalDateTime savedAt,
                          List<QuestionnaireRules.Issue> issues) implements Serializable {
    public String code() {
        return section.code();
    }
}
