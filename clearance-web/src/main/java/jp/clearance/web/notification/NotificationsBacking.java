package jp.clearance.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.notification.boundary.Notifications;
import jp.clearance.notification.entity.Notification;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/** /notifications.xhtml: the caller's notifications, newest first; mark as read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Ui ui;

    private boolean unreadOnly = true;
    private PageModel<Notification> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> notifications.mine(unreadOnly, page), Notification::getId);
    }

    public void markRead(Notification n) {
        ui.run(() -> notifications.markRead(n.getId()), null);
    }

    /** The notification's text in the reader's language. */
    public String text(Notification n) {
        return ui.text(n.getMessageKey(), n.args());
    }

    public PageModel<Notification> getModel() { return model; }
    public boolean isUnreadOnly() { return unreadOnly; }
    public void setUnreadOnly(boolean unreadOnly) { this.unreadOnly = unreadOnly; }
}
