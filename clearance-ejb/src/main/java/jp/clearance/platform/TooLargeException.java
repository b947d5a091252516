package jp.clearance.platform;

/**
 * An upload over its limit (HTTP 413 in the API): a business refusal like any other, with the message key naming
 * the limit; thrown before more of the body is read than the limit allows.
 */
public class TooLargeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String key, Object... args) {
        super(key, args);
    }
}
