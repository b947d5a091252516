package jp.clearance.reference.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.clearance.platform.BusinessException;

/**
 * The effective-date rule of versioned reference data. The versions of one code must never overlap. A new
 * version starting on day F takes over from the version in force on F, which is closed on F - 1; the new
 * version ends where the one it replaces ended (or on the requested day). Starting on a day that another
 * version already starts on, or running into a later version, is refused.
 */
public final class VersionTimeline {

    /** One existing version of a code: its id and inclusive period ({@code to == null}: open-ended). */
    public record Span(long id, LocalDate from, LocalDate to) {
        public Span {
            Objects.requireNonNull(from, "from");
        }

        boolean contains(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return (otherTo == null || !from.isAfter(otherTo)) && (to == null || !otherFrom.isAfter(to));
        }
    }

    /**
     * What adding the version does: {@code closeId} (if not null) is the version to close on {@code closeOn};
     * the new version runs from {@code from} to {@code to} ({@code null}: open-ended).
     */
    public record Plan(Long closeId, LocalDate closeOn, LocalDate from, LocalDate to) {
    }

    private VersionTimeline() {
    }

    /**
     * Plans a new version of {@code code} from {@code from}, ending on {@code requestedTo} if given.
     *
     * @throws BusinessException {@code reference.periodInvalid} if the end is before the start,
     *         {@code reference.versionExists} if a version already starts that day,
     *         {@code reference.overlap} if the new period would overlap a version other than the one it replaces
     */
    public static Plan plan(String code, List<Span> existing, LocalDate from, LocalDate requestedTo) {
        Objects.requireNonNull(from, "from");
        if (requestedTo != null && requestedTo.isBefore(from)) {
            throw new BusinessException("reference.periodInvalid", from, requestedTo);
        }
        for (Span s : existing) {
            if (s.from().equals(from)) {
                throw new BusinessException("reference.versionExists", code, from);
            }
        }
        Optional<Span> replaced = existing.stream().filter(s -> s.contains(from))
                .max(Comparator.comparing(Span::from));
        Optional<Span> next = existing.stream().filter(s -> s.from().isAfter(from))
                .min(Comparator.comparing(Span::from));
        LocalDate to;
        if (requestedTo != null) {
            to = requestedTo;
        } else if (replaced.isPresent()) {
            to = replaced.get().to();
        } else {
            to = next.map(n -> n.from().minusDays(1)).orElse(null);
        }
        for (Span s : existing) {
            boolean isReplaced = replaced.isPresent() && replaced.get().id() == s.id();
            Span after = isReplaced ? new Span(s.id(), s.from(), from.minusDays(1)) : s;
            if (after.overlaps(from, to)) {
                throw new BusinessException("reference.overlap", code, from, open(to), s.from(), open(s.to()));
            }
        }
        return replaced.map(r -> new Plan(r.id(), from.minusDays(1), from, to))
                .orElseGet(() -> new Plan(null, null, from, to));
    }

    /** A period end for a message: empty for an open end, so "2025-05-16 〜 " reads as "from 2025-05-16". */
    private static Object open(LocalDate to) {
        return to == null ? "" : to;
    }
}
