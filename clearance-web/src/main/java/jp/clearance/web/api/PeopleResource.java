package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.person.boundary.People;
import jp.clearance.person.boundary.PersonFilter;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/** {@code /api/people}: the people list, and a person's record (a read of personal data: audited with its purpose). */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
    @Inject
    People people;

    /** The JSON shape of a person's record. */
    public record PersonJson(Long id, long version, String familyName, String givenName, String familyNameKana,
                             String givenNameKana, String latinName, LocalDate dateOfBirth, List<String> nationalities,
                             Long employerId, Long sectionId, String staffNumber, boolean active) {
        static PersonJson of(Person p) {
            return new PersonJson(p.getId(), p.getVersion(), p.getFamilyName(), p.getGivenName(),
                    p.getFamilyNameKana(), p.getGivenNameKana(), p.getLatinName(), p.getDateOfBirth(),
                    p.nationalityList(), p.getEmployer().getId(),
                    p.getSection() == null ? null : p.getSection().getId(), p.getStaffNumber(), p.isActive());
        }
    }

    /** Creates a person (ADMIN); the body is a person's record without id and version. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonJson json) {
        Person p = new Person();
        p.setFamilyName(json.familyName());
        p.setGivenName(json.givenName());
        p.setFamilyNameKana(json.familyNameKana());
        p.setGivenNameKana(json.givenNameKana());
        p.setLatinName(json.latinName());
        p.setDateOfBirth(json.dateOfBirth());
        p.setNationalities(json.nationalities() == null ? null : String.join(",", json.nationalities()));
        p.setStaffNumber(json.staffNumber());
        Person created = people.create(p, json.employerId() == null ? -1 : json.employerId(), json.sectionId());
        return Response.status(201).entity(PersonJson.of(people.read(created.getId(), "created through the API"))).build();
    }

    @GET
    public Page<PersonRow> search(@QueryParam("name") String name, @QueryParam("employerId") Long employerId,
                                  @QueryParam("active") Boolean active,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return people.search(new PersonFilter(name, employerId, active), PageRequest.of(first, size));
    }

    /** Deactivates a person (ADMIN): they drop off every handler register at once. */
    @POST
    @Path("{id}/deactivation")
    public Response deactivate(@PathParam("id") long id) {
        people.setActive(id, false);
        return Response.noContent().build();
    }

    /** Reactivates a person (ADMIN). */
    @POST
    @Path("{id}/reactivation")
    public Response reactivate(@PathParam("id") long id) {
        people.setActive(id, true);
        return Response.noContent().build();
    }

    /** Reads a person's record; {@code purpose} is required and goes into the audit trail. */
    @GET
    @Path("{id}")
    public PersonJson read(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return PersonJson.of(people.read(id, purpose));
    }
}
