package jp.clearance.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The caller's roles do not allow the call: thrown by a boundary that checks the roles itself (so that it can record
 * the refusal first, see {@link jp.clearance.audit.control.PersonalData}). It is the container's refusal
 * ({@link EJBAccessException}, answered 403), but an application exception: the container neither wraps nor logs it.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends EJBAccessException {
    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
