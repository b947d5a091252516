package jp.clearance.grievance.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what the employer recorded after a refusal, withdrawal or unfavourable result looks like unfavourable
 * treatment: a dismissal, a lower grade, or lower pay. Grades are compared by the first number in them (the
 * Japanese pay scales count grades upward: 1級 is the lowest); grades without a number are not compared.
 */
public final class RetaliationCheck {
    public static final String DISMISSAL = "DISMISSAL";
    public static final String DEMOTION = "DEMOTION";
    public static final String PAY_CUT = "PAY_CUT";
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private RetaliationCheck() {
    }

    /** The alert reason ({@link #DISMISSAL}, {@link #DEMOTION}, {@link #PAY_CUT}), or {@code null} when none. */
    public static String alertReason(boolean dismissed, String previousGrade, String newGrade, Long previousPay,
                                     Long newPay) {
        if (dismissed) {
            return DISMISSAL;
        }
        Integer before = gradeRank(previousGrade);
        Integer after = gradeRank(newGrade);
        if (before != null && after != null && after < before) {
            return DEMOTION;
        }
        if (previousPay != null && newPay != null && newPay < previousPay) {
            return PAY_CUT;
        }
        return null;
    }

    /** The first number in a grade ("5級", "Grade 3", "G-7"), or {@code null}. Full-width digits count. */
    public static Integer gradeRank(String grade) {
        if (grade == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(grade.length());
        for (char c : grade.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        Matcher m = NUMBER.matcher(ascii);
        return m.find() && m.group(1).length() < 9 ? Integer.valueOf(m.group(1)) : null;
    }
}
