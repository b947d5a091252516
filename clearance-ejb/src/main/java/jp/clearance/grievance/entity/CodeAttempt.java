package jp.clearance.grievance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A wrong receipt code: only its locator (first digits) and the time, to throttle guessing. No IP, no account. */
@Entity
@Table(name = "grievance_code_attempt")
public class CodeAttempt implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "grievance_code_attempt_seq", sequenceName = "grievance_code_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_code_attempt_seq")
    private Long id;

    @Column(nullable = false, length = 8, updatable = false)
    private String locator;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private LocalDateTime attemptedAt;

    protected CodeAttempt() {
    }

    public CodeAttempt(String locator, LocalDateTime attemptedAt) {
        this.locator = locator;
        this.attemptedAt = attemptedAt;
    }

    public Long getId() { return id; }
    public String getLocator() { return locator; }
    public LocalDateTime getAttemptedAt() { return attemptedAt; }
}
