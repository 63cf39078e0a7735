package org.bilateral.hill;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Share;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;

/**
 * The products whose trade moved most against the same months of the year before (like for like: a year of 11 months
 * held is set against the same 11 months). A product with nothing held in those months has no change to rank and is
 * left out, not counted as new; a product held last year and not this year is not in the year's list at all, so the
 * fallers are the products still traded that fell.
 */
public final class Movers {

    /** One product's move: this year's value, the same months' of the year before, the difference and the change. */
    public record Mover(HsCode hsCode, BigDecimal valueUsd, BigDecimal previousUsd, BigDecimal changeUsd, @Nullable Share change) {
    }

    /** The products that rose most, largest rise first, and those that fell most, largest fall first. */
    public record Moves(List<Mover> risers, List<Mover> fallers) {
    }

    private Movers() {
    }

    /** At most {@code each} risers and {@code each} fallers of a year's products. */
    public static Moves of(List<StateTrade.ProductYear> products, int each) {
        List<Mover> moved = products.stream().filter(p -> p.previousUsd() != null)
                .map(p -> {
                    BigDecimal previous = Objects.requireNonNull(p.previousUsd());
                    return new Mover(p.hsCode(), p.valueUsd(), previous, p.valueUsd().subtract(previous), change(p.valueUsd(), previous));
                }).toList();
        Comparator<Mover> byChange = Comparator.comparing(Mover::changeUsd);
        return new Moves(
                moved.stream().filter(m -> m.changeUsd().signum() > 0).sorted(byChange.reversed().thenComparing(Mover::hsCode)).limit(each).toList(),
                moved.stream().filter(m -> m.changeUsd().signum() < 0).sorted(byChange.thenComparing(Mover::hsCode)).limit(each).toList());
    }

    /**
     * A value against the same months of the year before, as a fraction ((value − previous) ÷ previous); none where the
     * year before holds nothing of those months or held nothing at all (no base to grow from).
     */
    public static @Nullable Share change(BigDecimal value, @Nullable BigDecimal previous) {
        return previous == null || previous.signum() == 0 ? null : Share.of(value.subtract(previous), previous);
    }
}
