package jp.clearance.platform;

/**
 * A file whose content is none of the kinds the system keeps (HTTP 415 in the API): a business refusal like any
 * other, thrown before anything is stored. See {@link jp.clearance.platform.persistence.FileKinds}.
 */
public class UnsupportedFileException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFileException(String key, Object... args) {
        super(key, args);
    }
}
