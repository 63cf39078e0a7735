package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;

/**
 * The offers section's sentences in the brief's language: what the offers are priced on, each offer's revenue forgone,
 * added US exports and share of the deficit the US measures, the deals beside them, and the preference gap's headline;
 * each figure's sentence says where it comes from and, on demonstration data, that it is synthetic.
 */
public final class OffersWords {

    private final BriefWords w;

    OffersWords(BriefWords w) {
        this.w = w;
    }

    /** The section's sentences above its tables, in order; the one line saying why where it has nothing to say. */
    public List<String> lines(Brief.Offers o) {
        if (o.missing() != null) {
            return List.of(w.t(o.missing()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(priced(o));
        if (o.noOffer()) {
            lines.add(w.t("brief.offers.noOffer"));
        }
        o.offers().forEach(l -> lines.add(offer(o, l)));
        if (!o.offers().isEmpty()) {
            lines.add(deals(o));
        }
        lines.add(gap(o));
        return lines;
    }

    private String synthetic(Brief.Offers o) {
        return o.synthetic() ? " " + w.t("brief.hill.synthetic") : "";
    }

    /** What the figures are priced on: the statistics year (its months where not whole) and the schedule. */
    public String priced(Brief.Offers o) {
        String year = o.months() > 0 && o.months() < 12 ? w.t("brief.offers.yearPartial", String.valueOf(o.year()), o.months())
                : String.valueOf(o.year());
        return w.t("brief.offers.priced", year, w.date(o.scheduleFrom())) + " " + w.refs(List.of(o.source(), o.scheduleSource()))
                + synthetic(o);
    }

    /** An offer's name as the brief heads it: its name and number. */
    public String name(Brief.OfferLine l) {
        return l.name() + " (O" + l.id() + ")";
    }

    /** An offer's sentence: what it costs the budget, what it adds to US exports, and what it closes of the deficit. */
    public String offer(Brief.Offers o, Brief.OfferLine l) {
        String deficit = l.ofUsMeasuredDeficit() == null ? w.t("brief.offers.deficitNotHeld")
                : w.t("brief.offers.ofDeficit", w.share(l.ofUsMeasuredDeficit()), w.usd(o.deficitUsd()));
        return w.t("brief.offers.offer", name(l), String.valueOf(l.finalYear()), l.linesCovered(), w.usd(l.revenueForgoneUsd()),
                w.range(l.revenueLowUsd(), l.revenueHighUsd()), w.usd(l.addedCifUsd()), w.usd(l.createdUsd()),
                l.divertedUsd() == null ? w.t("brief.offers.divertedNotKnown") : w.usd(l.divertedUsd()),
                w.usd(l.addedUsValuedUsd()), deficit) + " " + w.refs(List.of(o.source(), o.scheduleSource(), o.offersSource())) + synthetic(o);
    }

    /** The purchase deals beside the offers: the gap their projection holds flat and what the deals close of it. */
    public String deals(Brief.Offers o) {
        if (o.dealsGapUsd() == null) {
            return w.t("brief.offers.noTargetGap");
        }
        return w.t("brief.offers.deals", w.usd(o.dealsGapUsd()), w.usd(o.dealsExpectedUsd()), w.share(o.dealsShareOfGap()));
    }

    /** The preference gap's headline: the duty US goods paid above favoured competitors on the year's imports. */
    public String gap(Brief.Offers o) {
        if (o.gap().isEmpty()) {
            return w.t("brief.offers.gapNone", String.valueOf(o.year()));
        }
        return w.t("brief.offers.gap", String.valueOf(o.year()), w.usd(o.gapDutyUsd()), w.usd(o.gapImportsUsd()), o.gap().size())
                + " " + w.refs(List.of(o.source(), o.scheduleSource())) + synthetic(o);
    }

    /** The agreements of a product of the gap, by their names in the brief's language. */
    public String agreements(Brief.GapProduct p) {
        return String.join(", ", p.agreements().stream().map(a -> w.tOr("tariffs.agreement." + a, a.toUpperCase(java.util.Locale.ROOT))).toList());
    }

    /** A margin in percentage points, in the brief's language. */
    public String points(java.math.BigDecimal points) {
        return w.t("brief.offers.points", w.rate(points.stripTrailingZeros()).replace("%", ""));
    }

    /** The best rate, or that none is below MFN. */
    public String best(Brief.GapProduct p) {
        java.math.BigDecimal best = p.bestPercent();
        return best == null ? w.t("gap.noPreference") : w.rate(best.stripTrailingZeros());
    }
}
