package org.bilateral.engagements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.ReportedDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a reported engagement is one already on the timeline. The same meeting told by two outlets, or by one
 * press release in Vietnamese and another in English, is one: same or compatible kind ({@link #compatible}), same day
 * and two participants in common (people and organisations being one record across languages, {@link Offices}). When the day only nearly agrees (within two days, or given by one
 * report only) or the kind differs, the two are proposed as one, never made one.
 */
final class SameEngagement {

    /** Participants in common that make two reports one engagement. */
    static final int COMMON = 2;

    /** Days apart that two reports of one engagement may still be. */
    static final int NEAR_DAYS = 2;

    /**
     * An engagement on the timeline sharing a participant with the reported one.
     *
     * @param participants each participant as {@code p12} for person 12 and {@code o7} for organisation 7
     */
    record Candidate(long id, EngagementKind kind, @Nullable String happened, Set<String> participants) {
    }

    /** The engagement it is ({@code same}), or failing that the first it may be with the reason; all may be absent. */
    record Verdict(@Nullable Long same, @Nullable Long likely, @Nullable String reason) {
    }

    private SameEngagement() {
    }

    /** The participants' keys as {@link Candidate#participants()} writes them. */
    static Set<String> keys(List<Directory.PersonId> people, List<Directory.OrganisationId> organisations) {
        Set<String> keys = new HashSet<>();
        people.forEach(p -> keys.add("p" + p.value()));
        organisations.forEach(o -> keys.add("o" + o.value()));
        return keys;
    }

    /** The reported engagement against the candidates, in the order given (the timeline's, oldest first). */
    static Verdict among(EngagementKind kind, @Nullable ReportedDate happened, Set<String> participants, List<Candidate> candidates) {
        Long likely = null;
        String reason = null;
        for (Candidate other : candidates) {
            Set<String> common = new HashSet<>(participants);
            common.retainAll(other.participants());
            boolean sameDay = happened != null && happened.toString().equals(other.happened());
            if (sameDay && common.size() >= COMMON && compatible(kind, other.kind())) {
                return new Verdict(other.id(), null, null);
            }
            String otherDay = other.happened();
            if (likely == null && common.size() >= COMMON && (happened == null || otherDay == null || nearDays(happened, otherDay))) {
                likely = other.id();
                reason = common.size() + " participants in common and " + (happened == null || otherDay == null
                        ? "a day given by only one report" : "days within two days of each other");
            }
        }
        return new Verdict(null, likely, reason);
    }

    /**
     * Whether two reports' kinds may tell one engagement. The same kind; or a meeting and a visit or a signing, which a
     * ministry's Vietnamese release and an embassy's English one tell of the same afternoon ("tiếp" a visiting
     * delegation, "ký kết" during a working session); or a report that could say no more than "other". A call is
     * never a meeting, nor a business forum a negotiation round.
     */
    static boolean compatible(EngagementKind a, EngagementKind b) {
        if (a == b || a == EngagementKind.OTHER || b == EngagementKind.OTHER) {
            return true;
        }
        Set<EngagementKind> pair = Set.of(a, b);
        return pair.equals(Set.of(EngagementKind.MEETING, EngagementKind.VISIT)) || pair.equals(Set.of(EngagementKind.MEETING, EngagementKind.SIGNING));
    }

    /** Within two days; when either year is unknown, by month and day alone (so 31 May and 1 June are not near). */
    static boolean nearDays(ReportedDate a, String b) {
        ReportedDate other = ReportedDate.parse(b);
        if (other == null) {
            return false;
        }
        LocalDays days = LocalDays.of(a, other);
        if (days != null) {
            return Math.abs(days.apart()) <= NEAR_DAYS;
        }
        return a.month() == other.month() && Math.abs(a.day() - other.day()) <= NEAR_DAYS;
    }

    /** Two calendar days, when both years are known. */
    private record LocalDays(java.time.LocalDate a, java.time.LocalDate b) {
        static @Nullable LocalDays of(ReportedDate a, ReportedDate b) {
            java.time.LocalDate x = a.toLocalDate();
            java.time.LocalDate y = b.toLocalDate();
            return x == null || y == null ? null : new LocalDays(x, y);
        }

        long apart() {
            return a.toEpochDay() - b.toEpochDay();
        }
    }
}
