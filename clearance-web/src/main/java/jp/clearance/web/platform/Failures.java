package jp.clearance.web.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jp.clearance.platform.BusinessException;

/** Finds, inside the wrappers an EJB call adds, the failure the user must be told about. */
public final class Failures {
    private Failures() {
    }

    /**
     * The business refusal, missing role (a local call without the role fails with {@code AccessLocalException},
     * returned as {@code EJBAccessException}), concurrent edit or invalid input behind {@code e}; else {@code e}. */
    public static Throwable cause(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof AccessLocalException) {
                return new EJBAccessException(t.getMessage());
            }
            if (t instanceof BusinessException || t instanceof EJBAccessException || t instanceof OptimisticLockException
                    || t instanceof ConstraintViolationException) {
                return t;
            }
            t = t instanceof EJBException ejb && ejb.getCausedByException() != null ? ejb.getCausedByException() : t.getCause();
        }
        return e;
    }
}
