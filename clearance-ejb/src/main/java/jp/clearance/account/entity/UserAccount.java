package jp.clearance.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/** A login: belongs to an organization, optionally linked to a person, holds roles. Deactivated, never deleted. */
@Entity
@Table(name = "user_account")
public class UserAccount extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int USERNAME_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank
    @Size(min = 3, max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{jp.clearance.username.pattern}")
    @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(length = 8)
    private String locale;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /** Failed logins since the last successful one (counted in the database, see Logins.recordLogin). */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** Until when logins are refused after too many failures; {@code null} when not locked. */
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new LinkedHashSet<>();

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(); }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Organization getOrganization() { return organization; }
    public void setOrganization(Organization organization) { this.organization = organization; }
    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(LocalDateTime lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public int getFailedLogins() { return failedLogins; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public boolean isLockedAt(LocalDateTime now) { return lockedUntil != null && lockedUntil.isAfter(now); }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = new LinkedHashSet<>(roles); }
}
