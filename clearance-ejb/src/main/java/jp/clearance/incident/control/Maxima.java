package jp.clearance.incident.control;

import java.io.Serializable;
import jp.clearance.reference.entity.Penalty;

/**
 * The statutory maxima of one offence as the penalty table gave them when the charge was laid: prison in months,
 * fine in yen, whether both may be imposed (cumulative) or a fine instead of prison (alternative), and the
 * corporate fine under the dual-liability provision ({@code null}: no dual liability).
 */
public record Maxima(String penaltyCode, String act, String article, Integer prisonMonths, Long fineYen,
                     boolean fineCumulative, boolean fineAlternative, Long corporateFineYen, boolean confirmed)
        implements Serializable {

    /** The Act and article, named together in every message (both Acts have an Art 23(1)). */
    public jp.clearance.platform.Provision provision() {
        return new jp.clearance.platform.Provision(act, article);
    }

    public static Maxima of(Penalty p) {
        return new Maxima(p.getCode(), p.getAct().name(), p.getArticle() == null ? p.getCode() : p.getArticle(),
                p.getMaxPrisonMonths(), p.getMaxFineYen(), p.isFineCumulative(), p.isFineAlternative(),
                p.getCorporateFineYen(), p.isConfirmed());
    }
}
