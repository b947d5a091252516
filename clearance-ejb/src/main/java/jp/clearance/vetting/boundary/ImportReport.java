package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.util.List;
import jp.clearance.vetting.control.NominationCsv;

/**
 * The outcome of a nomination list: either every row was nominated ({@code created} ids, one {@code batch}) or none
 * was, and {@code errors} say what is wrong with which line (bundle keys {@code error.vetting.import.*}).
 */
public record ImportReport(String batch, List<Long> created, List<NominationCsv.Error> errors) implements Serializable {
    public boolean ok() {
        return errors.isEmpty();
    }
}
