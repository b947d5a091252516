package jp.clearance.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused the request. Carries a message key (resolved in the user's language by the web
 * layer, bundle prefix {@code error.}) and its arguments; the transaction is rolled back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;
    private final transient List<BusinessException> more;

    public BusinessException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args;
        this.more = List.of();
    }

    private BusinessException(BusinessException first, List<BusinessException> more) {
        super(first.getMessage() + more.stream().map(Throwable::getMessage).toList());
        this.key = first.key;
        this.args = first.args;
        this.more = List.copyOf(more);
    }

    /** One refusal for several broken rules: the first's key and arguments, the others told as well ({@link #all()}). */
    public static BusinessException of(List<BusinessException> refusals) {
        return refusals.size() == 1 ? refusals.get(0) : new BusinessException(refusals.get(0),
                refusals.subList(1, refusals.size()));
    }

    /** This refusal and any others found with it, each to be shown. */
    public List<BusinessException> all() {
        return more == null || more.isEmpty() ? List.of(this)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(this), more.stream()).toList();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
