package jp.clearance.designation.control;

import jp.clearance.reference.entity.LegalParameter;

/**
 * The arguments a refusal passes so that its message names the rule and its source in either language:
 * {0} the limit in Japanese ("5年"), {1} in English ("5 years"), {2} the rule's Japanese name, {3} its English
 * name, {4} the article, {5} the source tag, {6} the parameter code.
 */
public final class RuleText {
    private RuleText() {
    }

    public static Object[] of(LegalParameter p) {
        return new Object[] {limitJa(p), limitEn(p), p.getNameJa(), p.getNameEn(),
                p.getArticle() == null ? "—" : p.getArticle(), p.getSource() == null ? "—" : p.getSource(), p.getCode()};
    }

    static String limitJa(LegalParameter p) {
        return p.getValueNum() + switch (p.getUnit()) {
            case YEARS -> "年";
            case MONTHS -> "か月";
            case DAYS -> "日";
            case COUNT -> "件";
        };
    }

    static String limitEn(LegalParameter p) {
        String unit = switch (p.getUnit()) {
            case YEARS -> "year";
            case MONTHS -> "month";
            case DAYS -> "day";
            case COUNT -> "item";
        };
        return p.getValueNum() + " " + unit + (p.getValueNum() == 1 ? "" : "s");
    }
}
