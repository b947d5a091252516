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
     * Whether {@code e} comes from the database being out of reach (no connection to be had, the connection broken,
     * the server shutting down), as opposed to a refusal or a bug: the user is told to try again later (portal:
     * the "temporarily unavailable" page; API: 503 with Retry-After) instead of a generic error.
     */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith(".PoolingException") || name.equals("jakarta.resource.ResourceException")
                    || name.endsWith("ResourceAllocationException")) {
                return true;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != t.getCause()
                    && databaseUnavailable(ejb.getCausedByException())) {
                return true;
            }
        }
        return false;
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
