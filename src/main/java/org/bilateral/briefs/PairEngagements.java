package org.bilateral.briefs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.Talks;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** Which engagements are the pair's, which is the round a brief is for, and an engagement's day. */
final class PairEngagements {

    private PairEngagements() {
    }

    /**
     * Whether an engagement is the pair's. The rule: its {@code talks} are the pair's (a negotiation round, and an event
     * recorded beside a round, carry the talks they belong to), or it was held on the sidelines of a round of the pair's
     * talks, or its participants include both sides, people and organisations each by their country. One side among
     * the participants is not enough, nor is the place: a delegation of one side meets third countries too, and a
     * capital hosts the talks of many pairs (Washington hosts Viet Nam–US and Indonesia–US rounds alike).
     */
    static boolean ofPair(Engagements.Engagement e, CountryCode a, CountryCode b, Map<Long, Engagements.Engagement> byId) {
        Talks pair = new Talks(a, b);
        if (pair.equals(e.talks())) {
            return true;
        }
        Long sidelinesOf = e.sidelinesOf();
        Engagements.Engagement beside = sidelinesOf == null ? null : byId.get(sidelinesOf);
        if (beside != null && pair.equals(beside.talks())) {
            return true;
        }
        return e.participants().stream().anyMatch(p -> a.value().equals(p.country()))
                && e.participants().stream().anyMatch(p -> b.value().equals(p.country()));
    }

    /**
     * The round a brief of this date is for: the negotiation round of the pair's talks whose days (from its first to its
     * last, or its one day) include the date; the latest begun where two do.
     */
    static Engagements.@Nullable Engagement roundFor(CountryCode a, CountryCode b, LocalDate date, List<Engagements.Engagement> all) {
        Talks pair = new Talks(a, b);
        Engagements.Engagement found = null;
        LocalDate foundFirst = null;
        for (Engagements.Engagement e : all) {
            LocalDate first = day(e.happened());
            if (e.kind() != EngagementKind.NEGOTIATION_ROUND || !pair.equals(e.talks()) || first == null) {
                continue;
            }
            LocalDate last = day(e.ended());
            last = last == null || last.isBefore(first) ? first : last;
            if (!date.isBefore(first) && !date.isAfter(last) && (foundFirst == null || first.isAfter(foundFirst))) {
                found = e;
                foundFirst = first;
            }
        }
        return found;
    }

    /** An engagement's day where the report gives a whole date; "XXXX-05-22" (no year) is none. */
    static @Nullable LocalDate day(@Nullable String happened) {
        if (happened == null) {
            return null;
        }
        try {
            return LocalDate.parse(happened.length() > 10 ? happened.substring(0, 10) : happened);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
