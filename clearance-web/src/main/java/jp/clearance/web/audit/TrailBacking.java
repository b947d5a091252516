package jp.clearance.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.audit.boundary.AuditFilter;
import jp.clearance.audit.boundary.AuditRow;
import jp.clearance.audit.boundary.AuditTrail;
import jp.clearance.audit.boundary.ChainVerification;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/** /audit/trail.xhtml: the auditor filters the audit trail and verifies its hash chain. */
@Named
@ViewScoped
public class TrailBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    Ui ui;

    @Inject
    jp.clearance.web.platform.LocaleBacking locale;

    private String actor;
    private AuditAction action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private ChainVerification verification;
    private PageModel<AuditRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> trail.search(filter(), page), AuditRow::id);
    }

    AuditFilter filter() {
        return new AuditFilter(actor, action, entityType, entityId, from, to);
    }

    public void verify() {
        verification = ui.attempt(() -> trail.verify(), null);
        if (verification != null) {
            if (verification.intact()) {
                ui.info("audit_trail.verify.intact", verification.checked());
            } else {
                ui.error("audit_trail.verify.broken", verification.firstBrokenId(), verification.checked());
            }
        }
    }

    /** An entry's detail with the purposes and refusals the system records in the user's language. */
    public String detail(AuditRow e) {
        return AuditTexts.detail(locale.getLocale(), e.detail());
    }

    /** Who acted: the person's name in the user's language (the account's name when it has no person). */
    public String who(AuditRow e) {
        return AuditTexts.who(locale.getLocale(), e);
    }

    /** The actor's roles in words. */
    public String roles(AuditRow e) {
        return AuditTexts.roles(locale.getLocale(), e);
    }

    /** The kind of record in words. */
    public String kind(String entityType) {
        return AuditTexts.kind(locale.getLocale(), entityType);
    }

    /** The portal page of the record, for the kinds that have one; null otherwise. */
    public String link(AuditRow e) {
        return AuditTexts.page(e.entityType(), e.entityId());
    }

    /** The export of what the filter shows ({@code csv} or {@code pdf}), as a link with the filter in its query. */
    public String exportUrl(String format) {
        return AuditDocuments.url(format, filter());
    }

    public java.util.List<String> getEntityTypes() {
        return AuditTrail.ENTITY_TYPES;
    }

    public void reset() {
        actor = null;
        action = null;
        entityType = null;
        entityId = null;
        from = null;
        to = null;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PageModel<AuditRow> getModel() { return model; }
    public ChainVerification getVerification() { return verification; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
