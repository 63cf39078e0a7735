package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.HsRevisions;
import org.bilateral.shared.ComtradeQuantityUnits;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;

/**
 * Turns one UN Comtrade record (from CSV or JSON, same field names) into a figure. Breakdowns by
 * customs procedure, mode of transport or second partner are skipped so that nothing is counted twice;
 * partner World (code 0) is kept as world totals ({@link CountryCode#WORLD}), apart from the countries, for the
 * measures that compare a country's trade with everyone's; other areas ("Areas, nes", bunkers, regions) are skipped
 * and counted.
 */
final class ComtradeRecord {

    static final String DATASET = "UN Comtrade";

    /**
     * The fields a figure is made of, each a one-line value (a code, a number, a unit): none may hold a control
     * character, which is refused by its field rather than trimmed away as String.trim would.
     */
    static final List<String> ONE_LINE_FIELDS = List.of("synthetic", "classificationCode",
            "partner2Code", "customsCode", "motCode", "mosCode", "flowCode", "reporterCode", "reporterISO", "partnerCode",
            "partnerISO", "period", "freqCode", "cmdCode", "primaryValue", "cifvalue", "fobvalue", "qty", "qtyUnitAbbr",
            "qtyUnitCode", "netWgt");

    private final CountryDirectory countries;
    private final Map<String, Optional<CountryCode>> resolved = new HashMap<>();

    ComtradeRecord(CountryDirectory countries) {
        this.countries = countries;
    }

    /** The period a record gives: a year (YYYY) or a month (YYYYMM). */
    private record PeriodRead(YearMonth period, boolean annual) {
    }

    /**
     * @param byLowerCaseName a field's text by its name in lower case (readers match names without regard to case: bulk
     *                        files write "CIFValue" where the API writes "cifvalue"); null where the record has no such field
     * @return the figure, or null when the record is refused (a problem noted in context) or skipped (and counted)
     */
    @Nullable Figure figure(Function<String, String> byLowerCaseName, Said where, int line, ReadContext context) {
        Function<String, String> field = name -> byLowerCaseName.apply(name.toLowerCase(Locale.ROOT));
        if (!oneLineFields(field, where, context) || !classification(field, where, context)) {
            return null;
        }
        String classification = trim(field.apply("classificationCode"));
        if (!isZero(field.apply("partner2Code")) || !isBlankOr(field.apply("customsCode"), "C00")
                || !isZero(field.apply("motCode")) || !isZero(field.apply("mosCode"))) {
            context.skip("breakdowns by second partner, customs procedure, transport mode or mode of supply");
            return null;
        }
        Flow flow = flow(field, where, context);
        if (flow == null) {
            return null;
        }
        Optional<CountryCode> reporter = country(field, "reporterCode", "reporterISO", where, context);
        Optional<CountryCode> partner = isWorld(field) ? Optional.of(CountryCode.WORLD)
                : country(field, "partnerCode", "partnerISO", where, context);
        if (reporter == null || partner == null) {
            return null;
        }
        if (reporter.isEmpty() || partner.isEmpty()) {
            context.skip("areas that are not countries (regions, 'nes' areas, bunkers)");
            return null;
        }
        PeriodRead period = period(field, where, context);
        String hs = period == null ? null : hsCode(field, where, context);
        String value = hs == null ? null : value(field, where, context);
        if (period == null || hs == null || value == null) {
            return null; // refused, the problem noted by the first field at fault
        }
        return withQuantity(field, where, context, new Figure(reporter.get(), partner.get(), flow, period.annual(),
                period.period(), hs, Values.plain(value), null,
                valuation(flow, value, trim(field.apply("cifvalue")), trim(field.apply("fobvalue"))), null, null, null, line,
                // "HS" (as reported) or no code: the edition in force in the period's year, as for US statistics
                HsRevisions.revisionOfComtrade(classification == null ? "" : classification)
                        .orElse(HsRevisions.revisionOfYear(period.period().getYear())), null));
    }

    /**
     * Each field is asked as written, before trim() strips its spaces: "kg\u0007" or "kg\t" is refused by its field, not
     * stored as "kg" (issue 27). Only ordinary spaces are left for trim() to strip.
     */
    private static boolean oneLineFields(Function<String, String> field, Said where, ReadContext context) {
        for (String name : ONE_LINE_FIELDS) {
            Optional<Said> wrong = Limits.lineSaid(field.apply(name));
            if (wrong.isPresent()) {
                context.problem(where, name, wrong.get());
                return false;
            }
        }
        return true;
    }

    /** Marks the import synthetic where the record says so; false when its classification is not the HS. */
    private static boolean classification(Function<String, String> field, Said where, ReadContext context) {
        if ("true".equalsIgnoreCase(trim(field.apply("synthetic")))) {
            context.markSynthetic();
        }
        String classification = trim(field.apply("classificationCode"));
        if (classification != null && !classification.isEmpty() && !classification.matches("H[0-6]|HS")) {
            context.problem(where, "classificationCode", Said.of("refusal.tradestats.notHsClassification", Limits.shown(String.valueOf(classification))));
            return false;
        }
        return true;
    }

    /** The record's flow; null when it is refused, or skipped as a flow other than the four. */
    private static @Nullable Flow flow(Function<String, String> field, Said where, ReadContext context) {
        String flowCode = trim(field.apply("flowCode"));
        try {
            return Flow.ofCode(flowCode == null ? "" : flowCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (flowCode != null && flowCode.matches("[A-Z]{2,4}")) {
                context.skip("flows other than imports, exports, re-imports and re-exports (" + flowCode + ")");
            } else {
                context.problem(where, "flowCode", Said.of("refusal.tradestats.notAFlow", Limits.shown(String.valueOf(flowCode))));
            }
            return null;
        }
    }

    /** The year or month the record is of, within the years the workbench holds and as its freqCode says; else null. */
    private static @Nullable PeriodRead period(Function<String, String> field, Said where, ReadContext context) {
        String periodText = trim(field.apply("period"));
        String freq = trim(field.apply("freqCode"));
        PeriodRead read;
        if (periodText != null && periodText.matches("\\d{4}")) {
            read = new PeriodRead(YearMonth.of(Integer.parseInt(periodText), 1), true);
        } else if (periodText != null && periodText.matches("\\d{6}")
                && Integer.parseInt(periodText.substring(4)) >= 1 && Integer.parseInt(periodText.substring(4)) <= 12) {
            read = new PeriodRead(YearMonth.of(Integer.parseInt(periodText.substring(0, 4)),
                    Integer.parseInt(periodText.substring(4))), false);
        } else {
            context.problem(where, "period", Said.of("refusal.tradestats.notYearOrMonth", Limits.shown(String.valueOf(periodText))));
            return null;
        }
        if (!Period.withinYears(read.period().getYear())) {
            context.problem(where, "period", Said.of("refusal.tradestats.notOfTheYears", Limits.shown(String.valueOf(periodText)),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR)));
            return null;
        }
        if (freq != null && !freq.isEmpty() && !freq.equals(read.annual() ? "A" : "M")) {
            context.problem(where, "freqCode", Said.of("refusal.tradestats.freqMismatch", Limits.shown(String.valueOf(freq)), String.valueOf(periodText)));
            return null;
        }
        return read;
    }

    /** The HS code, empty for TOTAL; null when it is neither. */
    private static @Nullable String hsCode(Function<String, String> field, Said where, ReadContext context) {
        String cmd = trim(field.apply("cmdCode"));
        String hs = cmd == null ? null : cmd.equalsIgnoreCase("TOTAL") ? "" : cmd;
        if (hs == null || (!hs.isEmpty() && !HsCode.isValid(hs))) {
            context.problem(where, "cmdCode", Said.of("refusal.tradestats.notCmdCode", Limits.shown(String.valueOf(cmd))));
            return null;
        }
        return hs;
    }

    /** The primary value as written; null when it is not an amount. */
    private static @Nullable String value(Function<String, String> field, Said where, ReadContext context) {
        String value = trim(field.apply("primaryValue"));
        if (!Values.isAmount(value)) {
            context.problem(where, "primaryValue", value == null || value.isEmpty() ? Said.of("refusal.tradestats.emptyValue")
                    : Said.of("refusal.tradestats.notAnAmount", Values.shown(value)));
            return null;
        }
        return value;
    }

    /** The figure with its quantity, unit and net weight where the record gives them; null when its unit is refused. */
    private static @Nullable Figure withQuantity(Function<String, String> field, Said where, ReadContext context, Figure f) {
        String qty = trim(field.apply("qty"));
        String unit = trim(field.apply("qtyUnitAbbr"));
        if (unit == null || unit.isEmpty()) {
            String unitCode = trim(field.apply("qtyUnitCode"));
            unit = unitCode == null ? null : ComtradeQuantityUnits.abbreviation(unitCode).orElse(null); // bulk files give the unit by its code alone
        }
        String netKg = trim(field.apply("netWgt"));
        boolean hasQty = Values.isQuantity(qty) && unit != null && !unit.isEmpty() && !unit.equalsIgnoreCase("N/A");
        Optional<Said> wrongUnit = hasQty ? Limits.lineSaid(unit) : Optional.empty();
        if (wrongUnit.isPresent()) {
            context.problem(where, "qtyUnitAbbr", wrongUnit.get());
            return null;
        }
        return new Figure(f.reporter(), f.partner(), f.flow(), f.annual(), f.period(), f.hsCode(), f.valueUsd(), null,
                f.valuation(), hasQty && qty != null ? Values.plain(qty) : null, hasQty ? unit : null,
                netKg != null && Values.isQuantity(netKg) ? Values.plain(netKg) : null, f.sourceLine(), f.hsRevision(), null);
    }

    /**
     * The valuation of primaryValue, which Comtrade "takes from CIF or FOB values": the one of the two it equals, where it
     * equals only one; otherwise, imports are CIF where a CIF value is given and exports FOB, as countries mostly report
     * them (a country that reports imports FOB gives no CIF value).
     */
    static String valuation(Flow flow, String primary, @Nullable String cif, @Nullable String fob) {
        boolean isCif = cif != null && Values.isAmount(cif) && new BigDecimal(cif).compareTo(new BigDecimal(primary)) == 0;
        boolean isFob = fob != null && Values.isAmount(fob) && new BigDecimal(fob).compareTo(new BigDecimal(primary)) == 0;
        if (isCif != isFob) {
            return isCif ? "CIF" : "FOB";
        }
        boolean imported = flow == Flow.IMPORT || flow == Flow.RE_IMPORT;
        return imported && Values.isAmount(cif) ? "CIF" : "FOB";
    }

    /** The country a code names; empty for areas that are not countries; null after reporting a problem. */
    private @Nullable Optional<CountryCode> country(Function<String, String> field, String codeField, String isoField,
                                          Said where, ReadContext context) {
        String code = trim(field.apply(codeField));
        String iso = trim(field.apply(isoField));
        if ((code == null || code.isEmpty()) && (iso == null || iso.isEmpty())) {
            context.problem(where, codeField, Said.of("refusal.tradestats.missing"));
            return null;
        }
        String key = code + "/" + iso;
        Optional<CountryCode> known = resolved.get(key);
        if (known != null) {
            return known;
        }
        Optional<Country> country = Optional.empty();
        if (code != null && !code.isEmpty()) {
            try {
                country = countries.byComtradeCode((int) Double.parseDouble(code));
            } catch (NumberFormatException e) {
                context.problem(where, codeField, Said.of("refusal.tradestats.notAreaCode", Limits.shown(String.valueOf(code))));
                return null;
            }
        }
        if (country.isEmpty() && iso != null && iso.matches("[A-Z]{3}")) {
            country = countries.byAlpha3(iso);
        }
        Optional<CountryCode> result = country.map(Country::code);
        resolved.put(key, result);
        return result;
    }

    /** Partner World, by its code 0 or its ISO code W00 where the code is absent. */
    private static boolean isWorld(Function<String, String> field) {
        String code = trim(field.apply("partnerCode"));
        if (code != null && !code.isEmpty()) {
            return code.equals("0") || code.equals("0.0");
        }
        return "W00".equalsIgnoreCase(trim(field.apply("partnerISO")));
    }

    /** Strips the spaces around a field already checked by {@link Limits#lineProblem}, so none of them is a control character. */
    private static @Nullable String trim(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static boolean isZero(@Nullable String text) {
        String t = trim(text);
        return t == null || t.isEmpty() || t.equals("0") || t.equals("0.0");
    }

    private static boolean isBlankOr(@Nullable String text, String expected) {
        String t = trim(text);
        return t == null || t.isEmpty() || t.equalsIgnoreCase(expected);
    }
}
