package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import jp.clearance.platform.time.ClockControl;

/** {@code /api/clock}: the application's time; {@code PUT ?offsetDays=N} moves it (test servers only, ADMIN). */
@Path("clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {
    @Inject
    ClockControl clock;

    /** The JSON shape of the clock. */
    public record ClockJson(LocalDateTime now) {
    }

    @GET
    public ClockJson now() {
        return new ClockJson(clock.now());
    }

    @PUT
    public ClockJson shift(@QueryParam("offsetDays") long offsetDays) {
        return new ClockJson(clock.shiftDays(offsetDays));
    }
}
