package org.bilateral.hill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilateral.shared.Share;
import org.jspecify.annotations.Nullable;

/**
 * How much a legislator's seat matters to trade with the partner, and the score that ranks whom to see: a simple rule a
 * negotiator can check by hand. A seat on a committee that writes trade law (Senate Finance, House Ways and Means, and
 * their trade subcommittees) weighs 2, a seat on another trade-relevant committee (Commerce, Foreign Relations or
 * Affairs, Agriculture, and the others {@link Legislators#TRADE_COMMITTEES} names) 1, any other 0; a chair or ranking
 * member (who sets the agenda, or speaks for the minority) counts twice. A legislator weighs as their weightiest seat,
 * and scores that weight times their state's share of what is asked about (its share of the product's trade with the
 * partner): the chair of Finance from a state selling 40% of it scores 0.4 × 4 = 1.6.
 */
public final class SeatWeight {

    /** The committees that write trade law: tariffs, trade agreements, trade remedies. */
    public static final Set<String> TRADE_LAW = Set.of("SSFI", "SSFI13", "HSWM", "HSWM04");

    /** The heaviest a seat can weigh: the chair or ranking member of a committee that writes trade law. */
    public static final int MOST = 4;

    private SeatWeight() {
    }

    /** A seat's weight: 0 off the trade-relevant committees, else 1 or 2 by committee, twice that for a chair or ranking member. */
    public static int of(Seat seat) {
        if (!seat.tradeRelevant()) {
            return 0;
        }
        String parent = seat.parentId();
        int committee = TRADE_LAW.contains(seat.committeeId()) || parent != null && TRADE_LAW.contains(parent) ? 2 : 1;
        return leads(seat.title()) ? committee * 2 : committee;
    }

    /** Whether a title leads a committee: its chair (chairman, chairwoman, co-chair) or ranking member, not a vice chair. */
    public static boolean leads(@Nullable String title) {
        if (title == null) {
            return false;
        }
        String t = title.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("chair") || t.startsWith("cochair") || t.startsWith("co-chair") || t.equals("ranking member");
    }

    /** A legislator's weightiest seat, or none when no seat weighs anything. */
    public static @Nullable Seat weightiest(List<Seat> seats) {
        return seats.stream().filter(s -> of(s) > 0).max(Comparator.comparingInt(SeatWeight::of)
                .thenComparing(Seat::tradeRank, Comparator.reverseOrder())).orElse(null);
    }

    /** share × weight, to three decimals as pages write a score (a share of 0.1234 and a weight of 4 score 0.494); none without a share. */
    public static @Nullable BigDecimal score(@Nullable Share share, int weight) {
        return share == null ? null : share.fraction().multiply(BigDecimal.valueOf(weight)).setScale(3, RoundingMode.HALF_EVEN);
    }
}
