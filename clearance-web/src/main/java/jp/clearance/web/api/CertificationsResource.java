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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.clearance.designation.boundary.CertificationFilter;
import jp.clearance.designation.boundary.Certifications;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.CertificationStatus;
import jp.clearance.designation.entity.Designation;
import jp.clearance.organization.entity.Section;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/** {@code /api/certifications}: conforming-entity certifications by the caller's organ, their re-review and revocation. */
@Path("certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationsResource {
    @Inject
    Certifications certifications;

    /** The JSON shape of a certification. */
    public record CertificationJson(Long id, long version, Long entityId, String entityCode, String organCode,
                                    boolean internalRules, boolean responsibleManager, boolean governance,
                                    boolean training, boolean facilities, String evidence, String contractReference,
                                    CertificationStatus status, LocalDate decidedOn, LocalDate validFrom,
                                    LocalDate validUntil, String statusReason, List<Long> sectionIds,
                                    List<Long> designationIds) {
        static CertificationJson of(Certification c) {
            return of(c, true);
        }

        /** Without the departments and covered designations (a list line: one query per page, not per line). */
        static CertificationJson of(Certification c, boolean withSections) {
            return new CertificationJson(c.getId(), c.getVersion(), c.getEntity().getId(), c.getEntity().getCode(),
                    c.getOrgan().getCode(), c.isInternalRules(), c.isResponsibleManager(), c.isGovernance(),
                    c.isTraining(), c.isFacilities(), c.getEvidence(), c.getContractReference(), c.getStatus(),
                    c.getDecidedOn(), c.getValidFrom(), c.getValidUntil(), c.getStatusReason(),
                    withSections ? c.getSections().stream().map(Section::getId).sorted().toList() : null,
                    withSections ? c.getDesignations().stream().map(Designation::getId).sorted().toList() : null);
        }

        Certification toEntity() {
            Certification c = new Certification();
            c.setVersion(version);
            c.setInternalRules(internalRules);
            c.setResponsibleManager(responsibleManager);
            c.setGovernance(governance);
            c.setTraining(training);
            c.setFacilities(facilities);
            c.setEvidence(evidence);
            c.setContractReference(contractReference);
            c.setStatus(status);
            c.setDecidedOn(decidedOn);
            c.setValidFrom(validFrom);
            c.setValidUntil(validUntil);
            return c;
        }

        Set<Long> sections() {
            return sectionIds == null ? Set.of() : Set.copyOf(sectionIds);
        }

        Set<Long> designations() {
            return designationIds == null ? Set.of() : Set.copyOf(designationIds);
        }
    }

    /** The designations a certification's contract covers, as the officer sets them. */
    public record CoverageJson(long version, List<Long> designationIds) {
    }

    public record NoteJson(long version, String note) {
    }

    @GET
    public Page<CertificationJson> list(@QueryParam("entityId") Long entityId,
                                        @QueryParam("status") CertificationStatus status,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        Page<Certification> page = certifications.search(new CertificationFilter(entityId, status),
                PageRequest.of(first, size));
        return new Page<>(page.items().stream().map(c -> CertificationJson.of(c, false)).toList(),
                page.total());
    }

    @GET
    @Path("{id}")
    public CertificationJson get(@PathParam("id") long id) {
        return CertificationJson.of(certifications.find(id));
    }

    @POST
    public Response decide(CertificationJson json) {
        Certification c = certifications.decide(json.toEntity(), json.entityId(), json.sections(),
                json.designations());
        return Response.status(201).entity(CertificationJson.of(certifications.find(c.getId()))).build();
    }

    @POST
    @Path("{id}/change-report")
    public CertificationJson reportChange(@PathParam("id") long id, NoteJson json) {
        certifications.reportChange(id, json.version(), json.note());
        return CertificationJson.of(certifications.find(id));
    }

    @POST
    @Path("{id}/recertification")
    public CertificationJson recertify(@PathParam("id") long id, CertificationJson json) {
        certifications.recertify(id, json.toEntity(), json.sections());
        return CertificationJson.of(certifications.find(id));
    }

    @PUT
    @Path("{id}/designations")
    public CertificationJson cover(@PathParam("id") long id, CoverageJson json) {
        certifications.cover(id, json.version(), json.designationIds() == null ? Set.of()
                : Set.copyOf(json.designationIds()));
        return CertificationJson.of(certifications.find(id));
    }

    @POST
    @Path("{id}/revocation")
    public CertificationJson revoke(@PathParam("id") long id, NoteJson json) {
        certifications.revoke(id, json.version(), json.note());
        return CertificationJson.of(certifications.find(id));
    }
}
