package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Period;

/** A deal as the register would return it, for tests of what is computed from deals. */
public final class DealBuilder {

    private final long id;
    private long buyerId;
    private String buyerCountry = "VN";
    private String seller = "Boeing";
    private String sellerCountry = "US";
    private final List<Deal.Item> items = new ArrayList<>();
    private BigDecimal value;
    private BigDecimal valueHigh;
    private DealStage stage = DealStage.CONTRACT;
    private boolean aggregate;
    private Long countedWith;
    private final List<Deal.Delivery> deliveries = new ArrayList<>();

    private DealBuilder(long id) {
        this.id = id;
        this.buyerId = 100 + id;
    }

    public static DealBuilder deal(long id) {
        return new DealBuilder(id);
    }

    public DealBuilder of(String description, String hsCode) {
        items.add(new Deal.Item(description, hsCode));
        return this;
    }

    public DealBuilder worth(long usd) {
        value = BigDecimal.valueOf(usd);
        valueHigh = value;
        return this;
    }

    /** A value reported as a range ("$900 to $1,100"). */
    public DealBuilder worthBetween(long low, long high) {
        value = BigDecimal.valueOf(low);
        valueHigh = BigDecimal.valueOf(high);
        return this;
    }

    public DealBuilder from(String seller, String country) {
        this.seller = seller;
        this.sellerCountry = country;
        return this;
    }

    /** The buyer's organisation number, when two deals are to share a buyer; 100 + the deal's number otherwise. */
    public DealBuilder boughtBy(long organisationId) {
        buyerId = organisationId;
        return this;
    }

    public DealBuilder stage(DealStage stage) {
        this.stage = stage;
        return this;
    }

    public DealBuilder aggregate() {
        aggregate = true;
        return this;
    }

    public DealBuilder countedWith(long other) {
        countedWith = other;
        return this;
    }

    /** Deliveries of this value over a period ("2025-11/2026-02"), spread evenly over its months. */
    public DealBuilder delivering(String period, Long usd) {
        deliveries.add(new Deal.Delivery(Period.parse(period), null, usd == null ? null : BigDecimal.valueOf(usd), "reported"));
        return this;
    }

    public Deal build() {
        List<Deal.Item> goods = items.isEmpty() ? List.of(new Deal.Item("goods", null)) : List.copyOf(items);
        return new Deal(new DealId(id), buyerId, "Buyer " + buyerId, buyerCountry, seller == null ? null : 200 + id, seller, sellerCountry, goods, null,
                null, null, value, valueHigh, "USD", value, valueHigh, BigDecimal.ONE, null, Instrument.PURCHASE_AGREEMENT, stage,
                LocalDate.of(2025, 1, 1), aggregate, null, List.of(), List.copyOf(deliveries), List.of(), countedWith, null);
    }
}
