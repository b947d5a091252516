package jp.clearance.grievance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.control.Attachments;
import jp.clearance.grievance.control.Casework;
import jp.clearance.grievance.control.GrievanceRules;
import jp.clearance.grievance.control.ReceiptCodes;
import jp.clearance.grievance.control.ReceiptThrottle;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.UploadBody;

/**
 * The anonymous path, open without login (the public pages and {@code /api/public}): lodge a complaint and receive
 * a receipt code, then come back with the code to see the status and the decision, read the desk's messages, answer
 * them and add information or files. Nothing here reads the caller, the account or the network address: the
 * complaint, its entries and its audit entries name the actor "anonymous", its files the marker "ANONYMOUS". A
 * wrong code reveals nothing, and wrong codes with the same first digits are counted
 * (GRIEVANCE_CODE_MAX_FAILURES within GRIEVANCE_CODE_LOCK_DAYS lock them for wrong codes, see {@code verified}).
 * <p>
 * The only boundary without {@code @RolesAllowed}: its methods are {@code @PermitAll} by design.
 */
@Stateless
@PermitAll
public class AnonymousDesk {
    public static final String ANONYMOUS = ReceiptThrottle.ANONYMOUS;
    /** The refusals that mean "a wrong receipt code was tried" (a malformed one is not a guess). */
    public static final java.util.Set<String> WRONG_CODE_KEYS = java.util.Set.of("grievance.receiptUnknown",
            "grievance.receiptLocked");
    private static final int PICK_LIMIT = 20;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    ReceiptThrottle throttle;

    @Inject
    Attachments attachments;

    @Inject
    AuditRecorder audit;

    /** Active organizations whose code or name starts with the text (at most 20), to name the employer or organ. */
    @PermitAll
    public List<OrganizationOption> organizations(String text, OrganizationKind kind) {
        String t = text == null ? "" : text.strip();
        var q = em.createQuery("select new jp.clearance.grievance.boundary.OrganizationOption(o.id, o.code, o.kind,"
                        + " o.nameJa, o.nameEn) from Organization o where o.active = true"
                        + (kind == null ? "" : " and o.kind = :kind")
                        + " and (upper(o.code) like :up or o.nameJa like :raw or upper(o.nameEn) like :up)"
                        + " order by o.code", OrganizationOption.class)
                .setParameter("up", t.toUpperCase() + "%").setParameter("raw", t + "%");
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        return q.setMaxResults(PICK_LIMIT).getResultList();
    }

    /**
     * Lodges an anonymous complaint. A retaliation complaint may name the receipt code of the earlier complaint
     * ({@code earlierCode}), which links the two. Returns the new receipt code, to be shown once.
     */
    @PermitAll
    public LodgedReceipt lodge(@NotNull @Valid Lodging l, String earlierCode) {
        return lodge(l, earlierCode, List.of());
    }

    /** Lodges an anonymous complaint with its files, all or nothing; the files are added by {@code ANONYMOUS}. */
    @PermitAll
    public LodgedReceipt lodge(@NotNull @Valid Lodging l, String earlierCode, @NotNull List<Upload> files) {
        Grievance g = new Grievance(Channel.ANONYMOUS, l.type(), GrievanceRules.ground(l.type(), l.ground()),
                l.description());
        g.setOccurredOn(l.occurredOn());
        g.setDecidedBy(l.decidedBy());
        if (earlierCode != null && !earlierCode.isBlank()) {
            g.setRelatedId(verified(earlierCode).getId());
        }
        String code = ReceiptCodes.generate();
        g.setReceipt(ReceiptCodes.locator(code), ReceiptCodes.hash(code));
        casework.lodge(g, l.employerId(), l.organId(), ANONYMOUS);
        for (Upload f : files) {
            attachments.add(g, GrievanceAttachment.ANONYMOUS, false, f.fileName(), f.contentType(), f.content());
        }
        return new LodgedReceipt(ReceiptCodes.format(code), g.getAckDue(), g.getDecisionDue());
    }

    /** The complaint of this receipt code as its complainant sees it. */
    @PermitAll
    public ComplaintView open(String code) {
        Grievance g = verified(code);
        audit.record(ANONYMOUS, AuditAction.READ, "Grievance", g.getId(), "receipt code");
        return Views.complaint(g, casework.entries(g.getId(), true), attachments.complainantSide(g));
    }

    /**
     * Adds a file to the complaint of this receipt code (not empty, at most {@link Attachments#MAX_BYTES}): recorded
     * as added by {@code ANONYMOUS}, audited without the file name, the account or the address.
     */
    @PermitAll
    public ComplaintView attach(String code, @NotNull Upload file) {
        Grievance g = verified(code);
        attachments.add(g, GrievanceAttachment.ANONYMOUS, true, file.fileName(), file.contentType(), file.content());
        em.flush();
        return Views.complaint(g, casework.entries(g.getId(), true), attachments.complainantSide(g));
    }

    /**
     * Adds a file whose body is still arriving (the API): the receipt code is verified first, so a wrong code is
     * refused without reading the body, and only then is the body read, never past {@link Attachments#MAX_BYTES}
     * ({@code grievance.attachmentTooLarge}). Recorded and audited as {@link #attach(String, Upload)}.
     */
    @PermitAll
    public ComplaintView attach(String code, String fileName, String contentType, @NotNull UploadBody body) {
        Grievance g = verified(code);
        attachments.add(g, GrievanceAttachment.ANONYMOUS, true, fileName, contentType, Attachments.read(body));
        em.flush();
        return Views.complaint(g, casework.entries(g.getId(), true), attachments.complainantSide(g));
    }

    /** A file the anonymous complainant added to the complaint of this receipt code, with its content (audited). */
    @PermitAll
    public GrievanceAttachment attachment(String code, long attachmentId) {
        return attachments.content(verified(code), attachmentId, true, ANONYMOUS);
    }

    /** Answers the desk's question or adds information. */
    @PermitAll
    public ComplaintView reply(String code, String text) {
        Grievance g = verified(code);
        casework.addEntry(g, EntryKind.MESSAGE_FROM_COMPLAINANT, ANONYMOUS, text);
        em.flush();
        return Views.complaint(g, casework.entries(g.getId(), true), attachments.complainantSide(g));
    }

    /**
     * The complaint of a receipt code. A malformed or wrong code fails with the same kind of refusal and takes about
     * the same time whether or not such a complaint exists. Once its first digits are locked (too many wrong codes
     * with them), a wrong code says so, but the right code still opens the complaint: whoever knows someone's first
     * digits cannot keep them from their own complaint. Guessing the remaining digits is slowed down per client and
     * for all clients together at the edge (web layer, {@link #WRONG_CODE_KEYS}).
     */
    private Grievance verified(String typed) {
        String code = ReceiptCodes.normalize(typed);
        if (code == null) {
            throw new BusinessException("grievance.receiptMalformed", ReceiptCodes.LENGTH);
        }
        String locator = ReceiptCodes.locator(code);
        boolean locked = throttle.locked(locator);
        List<Grievance> candidates = em.createQuery("select g from Grievance g join fetch g.desk join fetch g.employer"
                        + " where g.receiptLocator = :l and g.channel = :c", Grievance.class)
                .setParameter("l", locator).setParameter("c", Channel.ANONYMOUS).getResultList();
        if (candidates.isEmpty()) {
            ReceiptCodes.verifyNothing(code);
        }
        for (Grievance g : candidates) {
            if (ReceiptCodes.matches(code, g.getReceiptHash())) {
                return g;
            }
        }
        throttle.recordFailure(locator, locked);
        throw new BusinessException(locked ? "grievance.receiptLocked" : "grievance.receiptUnknown");
    }
}
