package jp.clearance.reference.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.control.VersionTimeline.Plan;
import jp.clearance.reference.control.VersionTimeline.Span;
import org.junit.jupiter.api.Test;

class VersionTimelineTest {
    private static final LocalDate IN_FORCE = LocalDate.of(2025, 5, 16);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void newVersionClosesTheOpenVersionTheDayBefore() {
        Plan plan = VersionTimeline.plan("EVALUATION_VALIDITY", List.of(new Span(1, IN_FORCE, null)),
                d("2027-04-01"), null);
        assertEquals(1L, plan.closeId());
        assertEquals(d("2027-03-31"), plan.closeOn());
        assertEquals(d("2027-04-01"), plan.from());
        assertNull(plan.to(), "the new version stays open-ended like the one it replaces");
    }

    @Test
    void newVersionInsideHistoryEndsWhereTheReplacedVersionEnded() {
        List<Span> versions = List.of(new Span(1, IN_FORCE, d("2026-03-31")), new Span(2, d("2026-04-01"), null));
        Plan plan = VersionTimeline.plan("X", versions, d("2025-10-01"), null);
        assertEquals(1L, plan.closeId());
        assertEquals(d("2025-09-30"), plan.closeOn());
        assertEquals(d("2026-03-31"), plan.to());
    }

    @Test
    void newVersionOnTheStartOfTheReplacedVersionTomorrowIsAllowed() {
        Plan plan = VersionTimeline.plan("X", List.of(new Span(1, IN_FORCE, null)), IN_FORCE.plusDays(1), null);
        assertEquals(IN_FORCE, plan.closeOn(), "a version may be in force for one day only");
    }

    @Test
    void sameStartDayIsRefused() {
        BusinessException e = assertThrows(BusinessException.class, () -> VersionTimeline.plan("X",
                List.of(new Span(1, IN_FORCE, null)), IN_FORCE, null));
        assertEquals("reference.versionExists", e.getKey());
        assertArrayEquals(new Object[] {"X", IN_FORCE}, e.getArgs());
    }

    @Test
    void requestedEndRunningIntoALaterVersionIsRefused() {
        List<Span> versions = List.of(new Span(1, IN_FORCE, d("2026-03-31")), new Span(2, d("2026-04-01"), null));
        BusinessException e = assertThrows(BusinessException.class,
                () -> VersionTimeline.plan("X", versions, d("2025-10-01"), d("2026-06-30")));
        assertEquals("reference.overlap", e.getKey());
        assertArrayEquals(new Object[] {"X", d("2025-10-01"), d("2026-06-30"), d("2026-04-01"), ""}, e.getArgs());
    }

    @Test
    void requestedEndBeforeStartIsRefused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> VersionTimeline.plan("X", List.of(), d("2027-01-01"), d("2026-12-31")));
        assertEquals("reference.periodInvalid", e.getKey());
    }

    @Test
    void requestedEndShortensTheNewVersion() {
        Plan plan = VersionTimeline.plan("X", List.of(new Span(1, IN_FORCE, null)), d("2027-01-01"), d("2027-12-31"));
        assertEquals(d("2026-12-31"), plan.closeOn());
        assertEquals(d("2027-12-31"), plan.to());
    }

    @Test
    void versionBeforeTheFirstEndsTheDayBeforeTheFirst() {
        Plan plan = VersionTimeline.plan("X", List.of(new Span(1, IN_FORCE, null)), d("2024-05-17"), null);
        assertNull(plan.closeId(), "nothing to close");
        assertEquals(IN_FORCE.minusDays(1), plan.to());
    }

    @Test
    void versionInAGapFillsTheGapOnly() {
        List<Span> versions = List.of(new Span(1, IN_FORCE, d("2025-12-31")), new Span(2, d("2027-01-01"), null));
        Plan plan = VersionTimeline.plan("X", versions, d("2026-01-01"), null);
        assertNull(plan.closeId());
        assertEquals(d("2026-12-31"), plan.to());
    }

    @Test
    void versionAfterAClosedLastVersionIsOpenEnded() {
        Plan plan = VersionTimeline.plan("X", List.of(new Span(1, IN_FORCE, d("2025-12-31"))), d("2026-06-01"), null);
        assertNull(plan.closeId());
        assertNull(plan.to());
    }

    @Test
    void firstVersionOfACodeIsOpenEnded() {
        Plan plan = VersionTimeline.plan("X", List.of(), IN_FORCE, null);
        assertNull(plan.closeId());
        assertEquals(IN_FORCE, plan.from());
        assertNull(plan.to());
    }

    @Test
    void inconsistentHistoryIsNotMadeWorse() {
        // two versions already overlap; a new version from a day both cover would still overlap one of them
        List<Span> versions = List.of(new Span(1, IN_FORCE, null), new Span(2, d("2026-01-01"), null));
        BusinessException e = assertThrows(BusinessException.class,
                () -> VersionTimeline.plan("X", versions, d("2026-06-01"), null));
        assertEquals("reference.overlap", e.getKey());
    }
}
