package jp.clearance.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.clearance.notification.boundary.Notifications;
import jp.clearance.notification.entity.Notification;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.RecordPages;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.vetting.LevelLabels;

/** /notifications.xhtml: the caller's notifications, newest first; mark as read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Ui ui;

    @Inject
    LocaleBacking locale;

    @Inject
    LevelLabels levels;

    /** Arguments stored as codes, by message key and position: the bundle prefix of their names ("" for levels). */
    private static final Map<String, Map<Integer, String>> CODES = Map.of(
            "notification.incident.personInvolved", Map.of(1, ""),
            "notification.incident.reevaluationRequested", Map.of(1, ""),
            "notification.vetting.result", Map.of(1, "vetting.state."),
            "notification.vetting.circumstance", Map.of(1, "vetting.change."));
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private boolean unreadOnly = true;
    private PageModel<Notification> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> notifications.mine(unreadOnly, page), Notification::getId);
    }

    public void markRead(Notification n) {
        ui.run(() -> notifications.markRead(n.getId()), null);
    }

    /**
     * The page of the record a notification is about (issue 12: every notification links to its record); null when
     * its kind has no page of its own. A certificate's expiry goes to the person's own status page, or to the
     * organ's list of clearances for its officers.
     */
    public String page(Notification n) {
        if ("Eligibility".equals(n.getEntityType())) {
            return n.getUsername() != null ? "/vetting/mine.xhtml" : "/vetting/eligibilities.xhtml";
        }
        return RecordPages.of(n.getEntityType(), n.getEntityId());
    }

    /** Opens the notification's record: the notification is marked read, then the record's page is shown. */
    public String open(Notification n) {
        String page = page(n);
        if (!ui.run(() -> notifications.markRead(n.getId()), null) || page == null) {
            return null;
        }
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /**
     * The notification's text in the reader's language: arguments stored as codes (levels, states, kinds) by their
     * names, days in the reader's format, an organ by its English name for English readers.
     */
    public String text(Notification n) {
        Object[] args = n.args();
        Map<Integer, String> codes = CODES.getOrDefault(n.getMessageKey(), Map.of());
        for (int i = 0; i < args.length; i++) {
            String value = String.valueOf(args[i]);
            String prefix = codes.get(i);
            if (prefix != null && !value.isEmpty()) {
                args[i] = prefix.isEmpty()
                        ? Arrays.stream(value.split(", ")).map(levels::name).collect(Collectors.joining(", "))
                        : ui.text(prefix + value);
            } else if (ISO_DAY.matcher(value).matches()) {
                args[i] = locale.date(LocalDate.parse(value));
            }
        }
        if ("notification.vetting.nominated".equals(n.getMessageKey()) && locale.isEnglish() && args.length > 1
                && !String.valueOf(args[1]).isBlank() && !"null".equals(args[1])) {
            args[0] = args[1];
        }
        return ui.text(n.getMessageKey(), args);
    }

    public PageModel<Notification> getModel() { return model; }
    public boolean isUnreadOnly() { return unreadOnly; }
    public void setUnreadOnly(boolean unreadOnly) { this.unreadOnly = unreadOnly; }
}
