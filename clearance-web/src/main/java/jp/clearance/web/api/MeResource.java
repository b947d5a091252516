package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.clearance.account.boundary.AccountRow;
import jp.clearance.account.boundary.Accounts;

/** {@code /api/me}: who the caller is, their organization and roles; {@code /api/me/password}: a new password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    Accounts accounts;

    /** The body of {@code POST /api/me/password}. */
    public record PasswordChangeJson(String currentPassword, String newPassword) {
    }

    @GET
    public AccountRow me() {
        return accounts.me();
    }

    /** The caller changes their own password: 204, or 422 (wrong current password, a new one the policy refuses). */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChangeJson json) {
        accounts.changeOwnPassword(json == null ? null : json.currentPassword(), json == null ? null : json.newPassword());
        return Response.noContent().build();
    }
}
