package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a report relates to a deal of the same buyer: the same deal (it becomes one more source of it), perhaps the same
 * (a new deal with a merge proposal for a person to decide), or another deal.
 */
enum DealMatch {
    SAME, SELLER_UNNAMED, OTHER_QUANTITY, OTHER;

    static DealMatch of(Deal d, ReportedDeal r) {
        Long seller = r.seller() == null ? null : r.seller().value();
        boolean bothSellers = d.sellerId() != null && seller != null;
        if (bothSellers && !java.util.Objects.equals(d.sellerId(), seller) || !relatedGoods(d.hsCodes(), r.items())) {
            return OTHER;
        }
        boolean sameQuantity = r.quantity() != null && r.quantity().equals(d.quantity()) && sameUnit(d.unit(), r.unit());
        boolean sameValue = r.quantity() == null && d.quantity() == null && r.value() != null && d.valueLowUsd() != null
                && d.valueHighUsd() != null && overlaps(d.valueLowUsd(), d.valueHighUsd(), r.value().lowUsd(), r.value().highUsd());
        if (sameQuantity || sameValue) {
            return bothSellers ? SAME : SELLER_UNNAMED;
        }
        return bothSellers && sameUnit(d.unit(), r.unit()) ? OTHER_QUANTITY : OTHER;
    }

    /** Whether a report may be of this deal, for a financing agreement looking for the deal it finances. */
    boolean mayBeSameDeal() {
        return this == SAME || this == SELLER_UNNAMED;
    }

    /** Why the two may be one deal, as the merge proposal says it; null when they surely are, or surely are not. */
    @Nullable String reason(Deal d, ReportedDeal r) {
        return switch (this) {
            case SELLER_UNNAMED -> "same buyer and " + (r.quantity() != null ? r.quantity() + " " + r.unit() : "value")
                    + "; one report does not name the seller";
            case OTHER_QUANTITY -> "same buyer and seller, " + d.quantity() + " against " + r.quantity() + " " + r.unit()
                    + ": a revision or a second deal?";
            default -> null;
        };
    }

    /** Goods are related when either side names no HS code or one code begins another (8802 and 880240). */
    static boolean relatedGoods(List<String> codes, List<ReportedDeal.Item> items) {
        List<String> other = items.stream().map(ReportedDeal.Item::hsCode).filter(c -> c != null).map(c -> c.digits()).toList();
        if (codes.isEmpty() || other.isEmpty()) {
            return true;
        }
        return codes.stream().anyMatch(a -> other.stream().anyMatch(b -> a.startsWith(b) || b.startsWith(a)));
    }

    /** Whether a reported item names goods the deal already lists: no code at all, or one code beginning the other. */
    static boolean knownGoods(List<Deal.Item> existing, @Nullable String code) {
        return existing.stream().anyMatch(e -> code == null || e.hsCode() != null && (e.hsCode().startsWith(code) || code.startsWith(e.hsCode())));
    }

    static boolean sameUnit(@Nullable String a, @Nullable String b) {
        return a == null || b == null || unitWord(a).equals(unitWord(b));
    }

    /** "Aircraft (Boeing 737)" and "aircraft", "tonnes" and "tonne" are one unit. */
    private static String unitWord(String unit) {
        String w = unit.strip().toLowerCase(Locale.ROOT).split("[\\s(]")[0];
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** Two values are the same deal's when they are within a tenth of each other, ranges when they overlap. */
    static boolean overlaps(BigDecimal lo1, BigDecimal hi1, BigDecimal lo2, BigDecimal hi2) {
        BigDecimal slack = hi1.max(hi2).multiply(new BigDecimal("0.1"));
        return lo1.subtract(slack).compareTo(hi2) <= 0 && lo2.subtract(slack).compareTo(hi1) <= 0;
    }
}
