package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.clearance.account.boundary.AccountRow;
import jp.clearance.account.boundary.Accounts;

/** {@code GET /api/me}: who the caller is, their organization and roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    Accounts accounts;

    @GET
    public AccountRow me() {
        return accounts.me();
    }
}
