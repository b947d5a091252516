package jp.clearance.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import jp.clearance.audit.boundary.Refusals;
import jp.clearance.platform.AccessRefusedException;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.security.Caller;

/**
 * The need-to-know gate of every read of personal data: a refused read goes into the audit trail like an allowed one
 * ({@code READ}: who, what, {@code purpose=...}), as {@code ACCESS_DENIED} with the purpose given and why it was refused
 * ({@code refused=role}, or the key of the refusal the caller gets, e.g. {@code refused=notFound}). The entry is written
 * in a transaction of its own ({@link Refusals}) and survives the rollback of the refused call.
 *
 * <p>A refusal by role must reach the boundary to be recorded: the container's {@code @RolesAllowed} check happens
 * before the bean (and its interceptors) is called. So a read of personal data is open to every role in its
 * {@code @RolesAllowed} and names the roles that may make it in {@link #requireRole}, which answers the container's
 * refusal (an {@code EJBAccessException}, 403) after recording it. Call these checks before the read writes to the
 * audit trail.
 */
@Dependent
public class PersonalData {
    @Inject
    Caller caller;

    @Inject
    Refusals refusals;

    /** Refused (and recorded) unless the caller has one of the roles. */
    public void requireRole(String entityType, Object entityId, String purpose, String... roles) {
        for (String role : roles) {
            if (caller.hasRole(role)) {
                return;
            }
        }
        refusals.record(entityType, entityId, purpose, "role");
        throw new AccessRefusedException(entityType + " " + entityId + ": role");
    }

    /**
     * The result of the need-to-know check {@code check} (which loads the record and throws a business refusal, e.g. a
     * {@code NotFoundException}, when the caller may not read it); a refusal is recorded and passed on unchanged.
     */
    public <T> T check(String entityType, Object entityId, String purpose, Supplier<T> check) {
        try {
            return check.get();
        } catch (BusinessException refusal) {
            throw refused(entityType, entityId, purpose, refusal);
        }
    }

    /** Records the refusal {@code refusal} and returns it, for the caller to throw. */
    public <E extends BusinessException> E refused(String entityType, Object entityId, String purpose, E refusal) {
        refusals.record(entityType, entityId, purpose, refusal.getKey());
        return refusal;
    }
}
