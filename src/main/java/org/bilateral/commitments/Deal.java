package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.Period;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/**
 * A deal in the register, with everything known of it: goods, value, stage history, expected deliveries and every
 * report of it.
 *
 * @param goods        the goods in the first report's own words ("corn and wheat"); the items name each HS code
 * @param valueLowUsd  the latest reported value, low end (equal to the high end when one amount was reported)
 * @param amountLow    the same in the currency reported, converted at {@code usdRate} as of {@code rateDate}
 * @param countedWith  while a merge with another deal is proposed, the deal whose value the totals count for both
 * @param plantState   the state of the plant the goods come from, where they name one (737 MAX: Renton, WA)
 */
public record Deal(DealId id, long buyerId, @Nullable String buyer, @Nullable String buyerCountry, @Nullable Long sellerId,
                   @Nullable String seller, @Nullable String sellerCountry, List<Item> items, @Nullable String goods,
                   @Nullable Long quantity, @Nullable String unit, @Nullable BigDecimal valueLowUsd, @Nullable BigDecimal valueHighUsd,
                   @Nullable String currency, @Nullable BigDecimal amountLow, @Nullable BigDecimal amountHigh,
                   @Nullable BigDecimal usdRate, @Nullable LocalDate rateDate, Instrument instrument, DealStage stage,
                   @Nullable LocalDate firstReported, boolean aggregate, @Nullable String note,
                   List<StageEvent> stages, List<Delivery> deliveries, List<Report> reports, @Nullable Long countedWith,
                   @Nullable UsState plantState) {

    public record Item(String description, @Nullable String hsCode) {
    }

    public record StageEvent(DealStage stage, @Nullable LocalDate happened, @Nullable String source, @Nullable String note) {
    }

    /** Expected deliveries over a period; {@code even} when only a window was reported and the value is spread over it. */
    public record Delivery(Period period, @Nullable BigDecimal quantity, @Nullable BigDecimal valueUsd, String basis) {
    }

    public record Report(long id, String origin, @Nullable Long pressReleaseId, String source, @Nullable String url,
                         @Nullable Integer line, @Nullable String externalId, @Nullable LocalDate reportedOn,
                         @Nullable String statusText, @Nullable BigDecimal valueLowUsd, @Nullable BigDecimal valueHighUsd,
                         @Nullable String evidence) {
    }

    /**
     * A reported schedule whose values add up to more or less than the deal is worth.
     *
     * @param scheduledUsd the schedule's values added up
     * @param unvalued     deliveries of the schedule without a value (a quantity only)
     */
    public record ScheduleMismatch(BigDecimal scheduledUsd, BigDecimal valueLowUsd, BigDecimal valueHighUsd, int unvalued) {

        public boolean more() {
            return scheduledUsd.compareTo(valueHighUsd) > 0;
        }
    }

    /**
     * The schedule against the deal's value, when they disagree: its values add up to more than the deal is worth (the
     * high end of a range), or, every delivery having a value, to less (the low end). A schedule spread evenly from a
     * window is the deal's value by construction; a deal without a value has nothing to compare.
     */
    public Optional<ScheduleMismatch> scheduleMismatch() {
        List<Delivery> reported = deliveries.stream().filter(d -> !"even".equals(d.basis())).toList();
        List<Delivery> valued = reported.stream().filter(d -> d.valueUsd() != null).toList();
        if (valueLowUsd == null || valueHighUsd == null || valued.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = valued.stream().map(d -> java.util.Objects.requireNonNull(d.valueUsd())).reduce(BigDecimal.ZERO, BigDecimal::add);
        int unvalued = reported.size() - valued.size();
        boolean more = sum.compareTo(valueHighUsd) > 0;
        boolean less = unvalued == 0 && sum.compareTo(valueLowUsd) < 0;
        return more || less ? Optional.of(new ScheduleMismatch(sum, valueLowUsd, valueHighUsd, unvalued)) : Optional.empty();
    }

    /** The goods in one line: as reported, or the items' descriptions. */
    public String item() {
        return goods != null ? goods : String.join("; ", items.stream().map(Item::description).toList());
    }

    /** The quantity as reported, "50 aircraft"; empty without one. */
    public String quantityText() {
        return quantity == null ? "" : String.format(java.util.Locale.ROOT, "%,d", quantity) + (unit == null ? "" : " " + unit);
    }

    /** The deal in one line, wherever it is cited: "D2 Vietnam Airlines – Boeing: 50 aircraft 737 MAX aircraft". */
    public String label() {
        return id + " " + buyer + (seller == null ? "" : " – " + seller) + ": " + (quantity == null ? "" : quantityText() + " ") + item();
    }

    public List<String> hsCodes() {
        return items.stream().map(Item::hsCode).filter(java.util.Objects::nonNull).map(c -> (String) c).toList();
    }

    /** One amount when one was reported; the middle of a range otherwise. */
    public @Nullable BigDecimal valueUsd() {
        if (valueLowUsd == null || valueHighUsd == null) {
            return null;
        }
        return valueLowUsd.add(valueHighUsd).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }

    public boolean isRange() {
        return valueLowUsd != null && valueHighUsd != null && valueLowUsd.compareTo(valueHighUsd) != 0;
    }

    /** Whether the register's totals add this deal: not an aggregate, not ended, not counted within another. */
    public boolean counted() {
        return !aggregate && !stage.isTerminated() && countedWith == null;
    }
}
