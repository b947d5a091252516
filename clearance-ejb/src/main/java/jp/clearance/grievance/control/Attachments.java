package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.TooLargeException;
import jp.clearance.platform.UploadBody;
import jp.clearance.platform.persistence.FileKinds;
import jp.clearance.platform.persistence.StoredFile;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * The files of a complaint, shared by the named, anonymous and desk paths: checks (not empty, at most
 * {@link #MAX_BYTES}, at most {@link #MAX_FILES} files and {@link #MAX_COMPLAINT_BYTES} a complaint, at most the
 * daily quota of an account ({@link #DAILY_MEGABYTES_PROPERTY}), only while the complaint is open, only kinds
 * {@link FileKinds} allows), SHA-256, audit.
 * The actor is passed in: the anonymous path passes {@link GrievanceAttachment#ANONYMOUS}, and its audit entry
 * carries neither the file name (it may name the complainant) nor anything about the caller.
 * The complainant sees the files of their own side (added by their account, or by {@code ANONYMOUS}); the desk's
 * files stay with the desk, as its notes do.
 */
@Dependent
public class Attachments {
    /** Largest file accepted (an operational limit of the system, not law). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Most files a complaint may carry. */
    public static final int MAX_FILES = 20;
    /** Most bytes the files of one complaint (one receipt code, for an anonymous one) may add up to. */
    public static final long MAX_COMPLAINT_BYTES = 50L * 1024 * 1024;
    /**
     * The system property with the most megabytes one account may add to complaints within a day (default
     * {@link #DEFAULT_DAILY_MEGABYTES}); anonymous files count against their complaint's quota instead.
     */
    public static final String DAILY_MEGABYTES_PROPERTY = "clearance.uploads.dailyMegabytesPerAccount";
    public static final long DEFAULT_DAILY_MEGABYTES = 200;
    public static final String NOTIFY_ATTACHED = "notification.grievance.attached";
    private static final String TOO_LARGE = "grievance.attachmentTooLarge";
    private static final String LIST = "select new jp.clearance.grievance.boundary.AttachmentView(a.id, a.fileName,"
            + " a.contentType, a.sizeBytes, a.sha256, a.addedAt, a.addedBy) from GrievanceAttachment a"
            + " where a.grievanceId = :g";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    ApplicationClock clock;

    /** Adds a file to an open complaint; a file from the complainant's side notifies the desk. */
    public AttachmentView add(Grievance g, String actor, boolean fromComplainant, String fileName, String contentType,
                              byte[] content) {
        if (!g.getStatus().isOpen()) {
            throw new BusinessException("grievance.closed", g.getStatus());
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("grievance.attachmentEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLargeException(TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        Object[] kept = em.createQuery("select count(a), coalesce(sum(a.sizeBytes), 0) from GrievanceAttachment a"
                + " where a.grievanceId = :g", Object[].class).setParameter("g", g.getId()).getSingleResult();
        if (((Number) kept[0]).longValue() >= MAX_FILES) {
            throw new BusinessException("grievance.attachmentLimit", MAX_FILES);
        }
        if (((Number) kept[1]).longValue() + content.length > MAX_COMPLAINT_BYTES) {
            throw new BusinessException("grievance.attachmentQuota", MAX_COMPLAINT_BYTES / (1024 * 1024));
        }
        if (!GrievanceAttachment.ANONYMOUS.equals(actor)) {
            long megabytes = Long.getLong(DAILY_MEGABYTES_PROPERTY, DEFAULT_DAILY_MEGABYTES);
            long today = ((Number) em.createQuery("select coalesce(sum(a.sizeBytes), 0) from GrievanceAttachment a"
                            + " where a.addedBy = :by and a.addedAt > :since")
                    .setParameter("by", actor).setParameter("since", clock.now().minusDays(1)).getSingleResult())
                    .longValue();
            if (today + content.length > megabytes * 1024 * 1024) {
                throw new BusinessException("grievance.dailyQuota", megabytes);
            }
        }
        String name = StoredFile.cleanName(fileName, "attachment");
        // the declared type is the uploader's word: the type kept and served is read from the content
        String type = FileKinds.typeOf(name, content);
        GrievanceAttachment a = new GrievanceAttachment(g.getId(), name, type, content, clock.now(), actor);
        em.persist(a);
        em.flush();
        ChangeLog log = ChangeLog.create().set("grievance", g.getId());
        if (!GrievanceAttachment.ANONYMOUS.equals(actor)) {
            log.set("fileName", name);
        }
        String auditActor = GrievanceAttachment.ANONYMOUS.equals(actor) ? ReceiptThrottle.ANONYMOUS : actor;
        audit.record(auditActor, AuditAction.CREATE, "GrievanceAttachment", a.getId(),
                log.set("size", content.length).set("sha256", a.getSha256()).toString());
        if (fromComplainant) {
            notifier.toRole(g.getDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_ATTACHED, "Grievance", g.getId(),
                    g.getId());
        }
        return view(a);
    }

    /**
     * The content of an upload still arriving, read only now (after the caller's right to add a file was checked)
     * and never past {@link #MAX_BYTES}.
     */
    public static byte[] read(UploadBody body) {
        return body.read(MAX_BYTES, TOO_LARGE);
    }

    /** Every file of the complaint (the desk), oldest first. */
    public List<AttachmentView> all(long grievanceId) {
        return em.createQuery(LIST + " order by a.addedAt, a.id", AttachmentView.class)
                .setParameter("g", grievanceId).getResultList();
    }

    /** The files of the complainant's side: added by the complainant's account, or anonymously. */
    public List<AttachmentView> complainantSide(Grievance g) {
        return em.createQuery(LIST + " and a.addedBy = :by order by a.addedAt, a.id", AttachmentView.class)
                .setParameter("g", g.getId()).setParameter("by", complainantMarker(g)).getResultList();
    }

    /** A file of this complaint with its content (audited as a read); {@code complainantSideOnly} for the complainant. */
    public GrievanceAttachment content(Grievance g, long attachmentId, boolean complainantSideOnly, String actor) {
        GrievanceAttachment a = em.find(GrievanceAttachment.class, attachmentId);
        if (a == null || a.getGrievanceId() != g.getId()
                || complainantSideOnly && !a.getAddedBy().equals(complainantMarker(g))) {
            throw new NotFoundException("GrievanceAttachment", attachmentId);
        }
        audit.record(actor, AuditAction.READ, "GrievanceAttachment", attachmentId, "sha256=" + a.getSha256());
        return a;
    }

    private static String complainantMarker(Grievance g) {
        return g.isAnonymous() ? GrievanceAttachment.ANONYMOUS
                : g.getComplainantUsername() == null ? "" : g.getComplainantUsername();
    }

    static AttachmentView view(GrievanceAttachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
                a.getAddedAt(), a.getAddedBy());
    }
}
