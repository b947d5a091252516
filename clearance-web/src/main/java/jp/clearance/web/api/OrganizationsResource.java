package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jp.clearance.organization.boundary.OrganizationFilter;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/** {@code /api/organizations}: list (paged, filtered), read, create and update organizations. */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {
    @Inject
    Organizations organizations;

    /** The JSON shape of an organization. */
    public record OrganizationJson(Long id, long version, String code, OrganizationKind kind, String nameJa,
                                   String nameEn, String corporateNumber, boolean central, boolean ownInvestigation,
                                   boolean active) {
        static OrganizationJson of(Organization o) {
            return new OrganizationJson(o.getId(), o.getVersion(), o.getCode(), o.getKind(), o.getNameJa(),
                    o.getNameEn(), o.getCorporateNumber(), o.isCentral(), o.isOwnInvestigation(), o.isActive());
        }

        Organization toEntity() {
            Organization o = new Organization();
            o.setCode(code);
            o.setKind(kind);
            o.setNameJa(nameJa);
            o.setNameEn(nameEn);
            o.setCorporateNumber(corporateNumber);
            o.setCentral(central);
            o.setOwnInvestigation(ownInvestigation);
            return o;
        }
    }

    @GET
    public Page<OrganizationJson> list(@QueryParam("text") String text, @QueryParam("kind") OrganizationKind kind,
                                       @QueryParam("active") Boolean active,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("50") int size,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("desc") @DefaultValue("false") boolean desc) {
        Page<Organization> page = organizations.search(new OrganizationFilter(text, kind, active),
                new PageRequest(first, size, sort, !desc));
        return new Page<>(page.items().stream().map(OrganizationJson::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    public OrganizationJson get(@PathParam("id") long id) {
        return OrganizationJson.of(organizations.find(id));
    }

    @POST
    public Response create(OrganizationJson json, @Context UriInfo uri) {
        Organization created = organizations.create(json.toEntity());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(OrganizationJson.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public OrganizationJson update(@PathParam("id") long id, OrganizationJson json) {
        Organization edited = json.toEntity();
        edited.setVersion(json.version());
        return OrganizationJson.of(organizations.update(id, edited));
    }
}
