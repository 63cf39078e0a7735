package org.bilateral.offers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Share;
import org.bilateral.tariffs.TariffLine;
import org.jspecify.annotations.Nullable;

/**
 * The economics of an offer, the one definition every page shows (issue 33's contract, "Economics"), on figures given:
 * the schedule's lines, the rate offered on each covered line in a year, and the statistics' products. Nothing here reads
 * a database, so that each figure is checked by hand on small inputs.
 *
 * <p>Rates are in percent; a cut of c points on imports M forgoes M × c / 100. Figures are carried unrounded (34
 * significant digits) and rounded to the cent, HALF_EVEN, once: a product's as it is reported, a year's from the
 * unrounded sum of its products.
 */
final class OfferArithmetic {

    static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * One product as the statistics hold it: Vietnam's imports of it from the US and from everyone else (null when not
     * known) in the statistics year.
     */
    record Held(HsCode code, BigDecimal importsFromUsUsd, @Nullable BigDecimal importsFromOthersUsd) {
    }

    /** One product's figures in a year, unrounded. */
    record Figures(HsCode code, int linesCovered, int linesInCode, int linesUnpriced, BigDecimal importsFromUs,
                   @Nullable BigDecimal importsFromOthers, BigDecimal mfnAverage, BigDecimal offeredAverage, BigDecimal revenue,
                   BigDecimal revenueLow, BigDecimal revenueHigh, BigDecimal created, @Nullable BigDecimal diverted, boolean averaged) {

        ProductEffect rounded() {
            return new ProductEffect(code, linesCovered, linesInCode, linesUnpriced, importsFromUs, importsFromOthers,
                    percent(mfnAverage), percent(offeredAverage), cents(revenue), cents(revenueLow), cents(revenueHigh),
                    cents(created), diverted == null ? null : cents(diverted), averaged);
        }
    }

    private final NavigableMap<String, TariffLine> lines = new TreeMap<>();

    /** National lines the statistics hold on rows of their own, beside the rest of their subheading. */
    private final Set<String> heldApart = new HashSet<>();

    OfferArithmetic(Collection<TariffLine> schedule) {
        schedule.forEach(l -> lines.put(l.code().digits(), l));
    }

    /**
     * Says which national lines the statistics hold on rows of their own: the rest of their subheading (its figure less
     * theirs) is then averaged over its other lines only, since the held lines' trade is not in it.
     */
    void holdApart(Collection<HsCode> nationalLines) {
        nationalLines.forEach(l -> heldApart.add(l.digits()));
    }

    /** Every line under a code (itself, when it is a line), in code order, less the lines held apart from it. */
    List<TariffLine> under(HsCode code) {
        return lines.subMap(code.digits(), true, code.digits() + Character.MAX_VALUE, false).values().stream()
                .filter(l -> l.code().equals(code) || !heldApart.contains(l.code().digits()))
                .toList();
    }

    /**
     * A product in a year: over the priced lines under its code, the average cut and its range, the average fall of the
     * US goods' duty-inclusive price d, and from them the revenue forgone, the trade created (M_us × η × d) and the trade
     * diverted (min(M_o, M_us × M_o / (M_us + M_o) × σ × d)). Empty when the offer covers none of its lines.
     *
     * @param offered the rate offered in the year on each covered line, by its code (at or below its MFN)
     */
    @Nullable Figures product(Held held, Map<String, BigDecimal> offered, Elasticities elasticities) {
        List<TariffLine> under = under(held.code());
        List<TariffLine> priced = under.stream().filter(TariffLine::priced).toList();
        int covered = (int) priced.stream().filter(l -> offered.containsKey(l.code().digits())).count();
        if (covered == 0) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(priced.size());
        BigDecimal cutSum = BigDecimal.ZERO;
        BigDecimal mfnSum = BigDecimal.ZERO;
        BigDecimal dSum = BigDecimal.ZERO;
        BigDecimal cutLow = null;
        BigDecimal cutHigh = null;
        for (TariffLine l : priced) {
            BigDecimal t0 = mfn(l);
            BigDecimal t1 = offered.getOrDefault(l.code().digits(), t0);
            BigDecimal cut = t0.subtract(t1);
            cutSum = cutSum.add(cut);
            mfnSum = mfnSum.add(t0);
            // d = (t0 − t1) / (1 + t0) in fractions = (t0% − t1%) / (100 + t0%) in percent
            dSum = dSum.add(cut.divide(HUNDRED.add(t0), EXACT));
            cutLow = cutLow == null || cut.compareTo(cutLow) < 0 ? cut : cutLow;
            cutHigh = cutHigh == null || cut.compareTo(cutHigh) > 0 ? cut : cutHigh;
        }
        BigDecimal cut = cutSum.divide(n, EXACT);
        BigDecimal d = dSum.divide(n, EXACT);
        BigDecimal m = held.importsFromUsUsd();
        BigDecimal revenue = m.multiply(cut).divide(HUNDRED, EXACT);
        BigDecimal low = m.multiply(cutLow == null ? BigDecimal.ZERO : cutLow).divide(HUNDRED, EXACT);
        BigDecimal high = m.multiply(cutHigh == null ? BigDecimal.ZERO : cutHigh).divide(HUNDRED, EXACT);
        BigDecimal created = m.multiply(elasticities.importDemand()).multiply(d, EXACT);
        BigDecimal diverted = diverted(m, held.importsFromOthersUsd(), elasticities.substitution(), d);
        BigDecimal mfnAverage = mfnSum.divide(n, EXACT);
        return new Figures(held.code(), covered, priced.size(), under.size() - priced.size(), m, held.importsFromOthersUsd(),
                mfnAverage, mfnAverage.subtract(cut), revenue, low, high, created, diverted, priced.size() > 1);
    }

    /**
     * The first-order Armington shift of the US's share s = M_us / (M_us + M_o): s(1 − s)σd of the whole, capped at the
     * competitors' trade as SMART caps it; not known when the competitors' trade is not.
     */
    static @Nullable BigDecimal diverted(BigDecimal us, @Nullable BigDecimal others, BigDecimal sigma, BigDecimal d) {
        if (others == null) {
            return null;
        }
        BigDecimal whole = us.add(others);
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal shift = us.multiply(others).divide(whole, EXACT).multiply(sigma).multiply(d, EXACT);
        return shift.min(others);
    }

    /** A year's totals from its products' unrounded figures, each sum rounded to the cent once. */
    static YearEffect year(int year, List<Figures> products, BigDecimal cifFobFactor, @Nullable BigDecimal usDeficit,
                           @Nullable BigDecimal vietnamSurplus) {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        BigDecimal created = BigDecimal.ZERO;
        BigDecimal diverted = BigDecimal.ZERO;
        for (Figures f : products) {
            revenue = revenue.add(f.revenue());
            low = low.add(f.revenueLow());
            high = high.add(f.revenueHigh());
            created = created.add(f.created());
            diverted = f.diverted() == null ? diverted : diverted.add(f.diverted());
        }
        BigDecimal addedCif = created.add(diverted);
        BigDecimal addedUs = addedCif.divide(cifFobFactor, EXACT);
        return new YearEffect(year, cents(revenue), cents(low), cents(high), cents(created), cents(diverted), cents(addedCif),
                cents(addedUs), shareOf(addedUs, usDeficit), shareOf(addedCif, vietnamSurplus),
                products.size(), (int) products.stream().filter(f -> f.diverted() == null).count());
    }

    /** A part of a deficit (or surplus); none when there is no deficit to close. */
    static @Nullable Share shareOf(BigDecimal part, @Nullable BigDecimal deficit) {
        return deficit == null || deficit.signum() <= 0 ? null : Share.of(part, deficit);
    }

    /** The final year's products, the largest revenue forgone first. */
    static List<ProductEffect> largestFirst(List<Figures> products) {
        return products.stream().sorted(Comparator.comparing(Figures::revenue).reversed().thenComparing(Figures::code))
                .map(Figures::rounded).toList();
    }

    static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** An average rate as shown: to four decimals of a percent, enough to tell 3.3333 from 3.33. */
    static BigDecimal percent(BigDecimal rate) {
        return rate.setScale(4, RoundingMode.HALF_EVEN);
    }

    static BigDecimal mfn(TariffLine line) {
        BigDecimal mfn = line.mfnPercent();
        if (mfn == null) {
            throw new IllegalArgumentException("line " + line.code().digits() + " has no numeric MFN rate");
        }
        return mfn;
    }
}
