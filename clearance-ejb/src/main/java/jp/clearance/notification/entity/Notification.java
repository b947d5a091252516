package jp.clearance.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A message in the portal, for one user or for every holder of a role in an organization. The text is a
 * message key with arguments ({@code |}-separated), shown in the reader's language.
 */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(length = 32)
    private String role;

    @Column(length = 64)
    private String username;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(name = "entity_type", length = 64)
    private String entityType;

    @Column(name = "entity_id", length = 64)
    private String entityId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Column(name = "read_by", length = 64)
    private String readBy;

    protected Notification() {
    }

    public Notification(Long organizationId, String role, String username, String messageKey, String messageArgs,
                        String entityType, String entityId, LocalDateTime createdAt) {
        this.organizationId = organizationId;
        this.role = role;
        this.username = username;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.entityType = entityType;
        this.entityId = entityId;
        this.createdAt = createdAt;
    }

    public void markRead(String by, LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
            readBy = by;
        }
    }

    public Object[] args() {
        return messageArgs == null || messageArgs.isEmpty() ? new Object[0] : messageArgs.split("\\|", -1);
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public String getRole() { return role; }
    public String getUsername() { return username; }
    public String getMessageKey() { return messageKey; }
    public String getMessageArgs() { return messageArgs; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
    public String getReadBy() { return readBy; }
}
