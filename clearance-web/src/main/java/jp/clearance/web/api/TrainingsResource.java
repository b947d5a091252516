package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.designation.boundary.DailyChecks;
import jp.clearance.designation.boundary.Trainings;
import jp.clearance.person.entity.TrainingRecord;

/** {@code /api/trainings}: a person's security training records; {@code POST /api/trainings/daily-checks} runs the daily checks (ADMIN). */
@Path("trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingsResource {
    @Inject
    Trainings trainings;

    @Inject
    DailyChecks checks;

    public record TrainingJson(Long id, long version, long personId, String course, LocalDate completedOn,
                               LocalDate validUntil) {
        static TrainingJson of(TrainingRecord t) {
            return new TrainingJson(t.getId(), t.getVersion(), t.getPerson().getId(), t.getCourse(), t.getCompletedOn(),
                    t.getValidUntil());
        }
    }

    @GET
    @Path("person/{personId}")
    public List<TrainingJson> of(@PathParam("personId") long personId) {
        return trainings.of(personId).stream().map(TrainingJson::of).toList();
    }

    @POST
    public Response add(TrainingJson json) {
        return Response.status(201).entity(TrainingJson.of(trainings.add(json.personId(), json.course(),
                json.completedOn(), json.validUntil()))).build();
    }

    @PUT
    @Path("{id}")
    public TrainingJson update(@PathParam("id") long id, TrainingJson json) {
        return TrainingJson.of(trainings.update(id, json.version(), json.course(), json.completedOn(), json.validUntil()));
    }

    @POST
    @Path("daily-checks")
    public DailyChecks.Result runDailyChecks() {
        return checks.runNow();
    }
}
