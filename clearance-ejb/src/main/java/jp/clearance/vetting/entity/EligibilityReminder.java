package jp.clearance.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** That the expiry reminder of an eligibility record was sent (once per record). */
@Entity
@Table(name = "eligibility_reminder")
public class EligibilityReminder implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "eligibility_id")
    private Long eligibilityId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    protected EligibilityReminder() {
    }

    public EligibilityReminder(Long eligibilityId, LocalDate sentOn) {
        this.eligibilityId = eligibilityId;
        this.sentOn = sentOn;
    }

    public Long getEligibilityId() { return eligibilityId; }
    public LocalDate getSentOn() { return sentOn; }
}
