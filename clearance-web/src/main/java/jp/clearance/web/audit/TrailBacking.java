package jp.clearance.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.audit.boundary.AuditFilter;
import jp.clearance.audit.boundary.AuditTrail;
import jp.clearance.audit.boundary.ChainVerification;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditEntry;
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
    private PageModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> trail.search(new AuditFilter(actor, action, entityType, entityId, from, to),
                page), AuditEntry::getId);
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

    /** An entry's detail with the purposes the system records in the user's language. */
    public String detail(AuditEntry e) {
        return AuditTexts.detail(locale.getLocale(), e.getDetail());
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

    public PageModel<AuditEntry> getModel() { return model; }
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
