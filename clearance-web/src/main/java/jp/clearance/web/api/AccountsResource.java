package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import jp.clearance.account.boundary.Accounts;
import jp.clearance.account.boundary.Logins;
import jp.clearance.account.entity.UserAccount;

/**
 * {@code /api/accounts}: an administrator creates a login (organization, optional linked person, roles), and sees and
 * lifts the lock that too many failed logins put on it.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    public record AccountJson(String username, String password, Long organizationId, Long personId, Set<String> roles) {
    }

    public record CreatedJson(Long id, String username) {
    }

    /** The state of an account's login lock, as an administrator sees it. */
    public record LockJson(Long id, String username, int failedLogins, java.time.LocalDateTime lockedUntil) {
        static LockJson of(UserAccount a) {
            return new LockJson(a.getId(), a.getUsername(), a.getFailedLogins(), a.getLockedUntil());
        }
    }

    @GET
    @Path("{id}/lock")
    public LockJson lock(@PathParam("id") long id) {
        return LockJson.of(accounts.find(id));
    }

    /** Lifts the lock after too many failed logins before its time (ADMIN). */
    @POST
    @Path("{id}/unlock")
    public LockJson unlock(@PathParam("id") long id) {
        return LockJson.of(logins.unlock(id));
    }

    @POST
    public Response create(AccountJson json) {
        UserAccount a = accounts.create(json.username(), json.password(),
                json.organizationId() == null ? -1 : json.organizationId(), json.personId(), json.roles());
        return Response.status(201).entity(new CreatedJson(a.getId(), a.getUsername())).build();
    }
}
