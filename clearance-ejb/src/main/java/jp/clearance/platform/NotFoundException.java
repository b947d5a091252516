package jp.clearance.platform;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or the caller may not know that it exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String entityType, Object id) {
        super("notFound", entityType, id);
    }
}
