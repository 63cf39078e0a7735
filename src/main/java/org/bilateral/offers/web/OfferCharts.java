package org.bilateral.offers.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Amount;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.offers.Pricing;
import org.bilateral.offers.YearEffect;
import org.jspecify.annotations.Nullable;

/**
 * The offers side by side as a chart, built on the server: for each offer in its final phase year, the revenue Vietnam
 * forgoes, the US exports it adds as Vietnam records them (trade created and trade diverted, stacked) and the same
 * valued as the US records them, in millions of dollars.
 */
final class OfferCharts {

    private static final String REVENUE = "#b3261e";
    private static final String CREATED = "#2e7d32";
    private static final String DIVERTED = "#81c784";
    private static final String US_VALUED = "#1f4e79";

    private OfferCharts() {
    }

    static ChartOptions compared(List<Pricing> pricings, Function<String, String> words) {
        List<YearEffect> finals = pricings.stream().map(Pricing::finalYear).toList();
        return new ChartOptions(Tooltip.axis().money(), Legend.above(), Grid.of(60, 20, 50, 30),
                List.of(Axis.category(pricings.stream().map(p -> p.offer().name()).toList())),
                List.of(Axis.value().named(words.apply("offers.chart.millions"))),
                List.of(Series.bar(words.apply("offers.revenueForgone"), millions(finals, YearEffect::revenueForgoneUsd)).colour(REVENUE),
                        Series.bar(words.apply("offers.created"), millions(finals, YearEffect::createdUsd)).stack("cif").colour(CREATED),
                        Series.bar(words.apply("offers.diverted"), millions(finals, YearEffect::divertedIfKnownUsd)).stack("cif").colour(DIVERTED),
                        Series.bar(words.apply("offers.addedUsValued"), millions(finals, YearEffect::addedUsValuedUsd)).colour(US_VALUED)));
    }

    /** Each offer's figure in millions of dollars, to a tenth (the chart's tooltip; the table beside gives the figures). */
    private static List<@Nullable Datum> millions(List<YearEffect> years, Function<YearEffect, @Nullable BigDecimal> figure) {
        // a figure not known (the diversion with no competitors held) is no bar, never a bar of zero
        return years.stream().<@Nullable Datum>map(y -> {
            BigDecimal usd = figure.apply(y);
            return usd == null ? null : new Amount(usd.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN));
        }).toList();
    }
}
