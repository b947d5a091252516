package jp.clearance.designation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.clearance.platform.BusinessException;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    @Test
    void designationsExtendAndEndOnce() {
        assertTrue(DesignationStatus.DESIGNATED.canMoveTo(DesignationStatus.EXTENDED));
        assertTrue(DesignationStatus.EXTENDED.canMoveTo(DesignationStatus.EXTENDED));
        assertTrue(DesignationStatus.EXTENDED.canMoveTo(DesignationStatus.DECLASSIFIED));
        assertTrue(DesignationStatus.DESIGNATED.canMoveTo(DesignationStatus.EXPIRED));
        for (DesignationStatus to : DesignationStatus.values()) {
            assertFalse(DesignationStatus.DECLASSIFIED.canMoveTo(to));
            assertFalse(DesignationStatus.EXPIRED.canMoveTo(to));
        }
        BusinessException e = assertThrows(BusinessException.class,
                () -> DesignationStatus.DECLASSIFIED.requireTransitionTo(DesignationStatus.EXTENDED));
        assertEquals("designation.transitionNotAllowed", e.getKey());
    }

    @Test
    void aDesignationPastItsEndIsExpiredBeforeTheDailyJobMarksIt() {
        Designation d = new Designation();
        d.setDesignatedOn(LocalDate.of(2025, 6, 1));
        d.setValidUntil(LocalDate.of(2026, 6, 1));
        assertEquals(DesignationStatus.DESIGNATED, d.statusOn(LocalDate.of(2026, 6, 1)));
        assertEquals(DesignationStatus.EXPIRED, d.statusOn(LocalDate.of(2026, 6, 2)));
        assertFalse(d.isInForceOn(LocalDate.of(2026, 6, 2)));
        assertFalse(d.isInForceOn(LocalDate.of(2025, 5, 31)), "not before its designation");
    }

    @Test
    void certificationsGoUnderReviewAndBack() {
        assertTrue(CertificationStatus.CERTIFIED.canMoveTo(CertificationStatus.REVIEW_REQUIRED));
        assertTrue(CertificationStatus.REVIEW_REQUIRED.canMoveTo(CertificationStatus.CERTIFIED));
        assertTrue(CertificationStatus.REVIEW_REQUIRED.canMoveTo(CertificationStatus.REVOKED));
        assertFalse(CertificationStatus.REFUSED.canMoveTo(CertificationStatus.CERTIFIED));
        assertFalse(CertificationStatus.REVOKED.canMoveTo(CertificationStatus.CERTIFIED));
    }

    @Test
    void aCertificationListsTheUnmetCriteria() {
        Certification c = new Certification();
        c.setInternalRules(true);
        c.setGovernance(true);
        c.setFacilities(true);
        assertEquals(java.util.List.of("responsibleManager", "training"), c.unmetCriteria());
    }
}
