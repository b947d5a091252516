package jp.clearance.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused the request. Carries a message key (resolved in the user's language by the web
 * layer, bundle prefix {@code error.}) and its arguments; the transaction is rolled back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public BusinessException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
