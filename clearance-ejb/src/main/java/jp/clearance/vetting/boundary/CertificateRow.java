package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** An eligibility record as a certificate: holder, level, organ, period, status, and days until its end. */
public record CertificateRow(Long id, Long personId, String personName, String levelCode, String organCode,
                             String organNameJa, String organNameEn, String source, Long evaluationId,
                             LocalDate notifiedOn, LocalDate validUntil, String status, long daysLeft,
                             boolean expiringSoon) implements Serializable {
}
