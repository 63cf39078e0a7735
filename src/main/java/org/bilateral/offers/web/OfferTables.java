package org.bilateral.offers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.bilateral.offers.Pricing;
import org.bilateral.offers.ProductEffect;
import org.bilateral.offers.Unpriced;
import org.bilateral.offers.YearEffect;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;

/**
 * A priced offer and several side by side as the pages download them: every figure the page shows, typed (amounts,
 * rates, shares), its headings the columns' names that doors/Columns says in the page's language, its title and its few
 * words said by the page ({@code words}: a message key and its arguments), every row marked synthetic where the
 * statistics are demonstration data.
 */
final class OfferTables {

    /** The tables of a priced offer, by the name a CSV download asks for one by. */
    static final List<String> PRICED = List.of("years", "products", "unpriced");

    private OfferTables() {
    }

    /** What the pages say in their language: a message by key. */
    interface Words extends BiFunction<String, Object[], String> {
        default String say(String key, Object... arguments) {
            return apply(key, arguments);
        }
    }

    /** The offer by year of its phases: revenue forgone with its range, created, diverted, added both ways, shares of the deficit. */
    static Table years(Pricing p, Words words) {
        List<List<Cell>> rows = new ArrayList<>();
        for (YearEffect y : p.years()) {
            rows.add(Cell.row(Cell.number(y.year()), Cell.money(y.revenueForgoneUsd()), Cell.money(y.revenueLowUsd()),
                    Cell.money(y.revenueHighUsd()), Cell.money(y.createdUsd()), Cell.money(y.divertedIfKnownUsd()), Cell.money(y.addedCifUsd()),
                    Cell.money(y.addedUsValuedUsd()), Cell.share(y.ofUsMeasuredDeficit()), Cell.share(y.ofVietnamMeasuredSurplus())));
        }
        return new Table(words.say("offers.download.years", p.offer().name(), String.valueOf(p.statisticsYear())),
                List.of("year", "revenue_forgone_usd", "revenue_low_usd", "revenue_high_usd", "created_usd", "diverted_usd",
                        "added_cif_usd", "added_us_valued_usd", "share_of_us_measured_deficit", "share_of_vn_measured_surplus"), rows)
                .markedSynthetic(p.synthetic());
    }

    /** The offer product by product in its final phase year, largest revenue forgone first, as the pricing gives them. */
    static Table products(Pricing p, Words words) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProductEffect e : p.products()) {
            rows.add(Cell.row(Cell.text(e.code().digits()), Cell.count(e.linesCovered()), Cell.count(e.linesInCode()),
                    Cell.count(e.linesUnpriced()), Cell.money(e.importsFromUsUsd()), Cell.money(e.importsFromOthersUsd()),
                    Cell.rate(e.mfnAveragePercent()), Cell.rate(e.offeredAveragePercent()), Cell.money(e.revenueForgoneUsd()),
                    Cell.money(e.revenueLowUsd()), Cell.money(e.revenueHighUsd()), Cell.money(e.createdUsd()), Cell.money(e.divertedUsd()),
                    Cell.text(words.say(e.averaged() ? "offers.averaged.yes" : "offers.averaged.no"))));
        }
        return new Table(words.say("offers.download.products", p.offer().name(), String.valueOf(p.finalYear().year()),
                String.valueOf(p.statisticsYear())),
                List.of("hs_code", "lines_covered", "lines_in_code", "lines_unpriced", "imports_from_us_usd", "imports_from_others_usd",
                        "mfn_average_percent", "offered_average_percent", "revenue_forgone_usd", "revenue_low_usd", "revenue_high_usd",
                        "created_usd", "diverted_usd", "averaged"), rows)
                .markedSynthetic(p.synthetic());
    }

    /** The lines the offer covers whose MFN rate is no number (Chapter 98 references), with the imports of their code. */
    static Table unpriced(Pricing p, Words words) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Unpriced u : p.unpriced()) {
            rows.add(Cell.row(Cell.text(u.line().digits()), Cell.text(u.mfnText()), Cell.money(u.importsOfCodeUsd())));
        }
        return new Table(words.say("offers.download.unpriced", p.offer().name()), List.of("line", "mfn_text", "imports_of_code_usd"), rows)
                .markedSynthetic(p.synthetic());
    }

    static Table priced(Pricing p, String table, Words words) {
        return switch (table) {
            case "years" -> years(p, words);
            case "products" -> products(p, words);
            case "unpriced" -> unpriced(p, words);
            default -> throw new org.bilateral.shared.InvalidValue("refusal.offers.web.noSuchTable", org.bilateral.shared.Limits.shown(table),
                    String.join(", ", PRICED));
        };
    }

    /** Several offers side by side, each in its final phase year, beside the purchase deals' projection. */
    static Table compared(List<Pricing> pricings, Words words) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean synthetic = false;
        int year = 0;
        for (Pricing p : pricings) {
            YearEffect y = p.finalYear();
            synthetic |= p.synthetic();
            year = p.statisticsYear();
            rows.add(Cell.row(Cell.text(p.offer().name()), Cell.number(y.year()), Cell.count(p.linesCovered()), Cell.money(y.revenueForgoneUsd()),
                    Cell.money(y.revenueLowUsd()), Cell.money(y.revenueHighUsd()), Cell.money(y.createdUsd()), Cell.money(y.divertedIfKnownUsd()),
                    Cell.money(y.addedCifUsd()), Cell.money(y.addedUsValuedUsd()), Cell.share(y.ofUsMeasuredDeficit()),
                    Cell.share(y.ofVietnamMeasuredSurplus()), Cell.EMPTY, Cell.money(p.deals().gapUsd()),
                    Cell.share(p.deals().offerShareOfGap())));
        }
        if (!pricings.isEmpty()) {
            Pricing first = pricings.get(0);
            // the deals are the same whichever offer is beside them: one row, under the offers, in the columns they share
            List<Cell> deals = new ArrayList<>(List.of(Cell.text(words.say("offers.dealsRow"))));
            // no figure of an offer's: year, lines, revenue and its range, created, diverted, added both ways, both deficits
            for (int i = 0; i < 11; i++) {
                deals.add(Cell.EMPTY);
            }
            deals.addAll(List.of(Cell.money(first.deals().dealsExpectedUsd()), Cell.money(first.deals().gapUsd()),
                    Cell.share(first.deals().dealsShareOfGap())));
            rows.add(deals);
        }
        return new Table(words.say("offers.download.compared", String.valueOf(year)),
                List.of("offer", "final_year", "lines_covered", "revenue_forgone_usd", "revenue_low_usd", "revenue_high_usd", "created_usd",
                        "diverted_usd", "added_cif_usd", "added_us_valued_usd", "share_of_us_measured_deficit", "share_of_vn_measured_surplus",
                        "deals_expected_usd", "purchase_gap_usd", "share_of_purchase_gap"), rows)
                .markedSynthetic(synthetic);
    }
}
