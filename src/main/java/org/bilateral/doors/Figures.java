package org.bilateral.doors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.time.temporal.Temporal;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Money;
import org.bilateral.shared.Share;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;
import org.jspecify.annotations.Nullable;

/**
 * How pages write amounts: "$7.8 bn", "$380 m", or on a Vietnamese page "7,8 tỷ USD"; templates call it as {@code @fmt}.
 * It is the pages' one formatter: numbers, percentages and moments too ({@code @fmt.whole}, {@code @fmt.decimal},
 * {@code @fmt.minute}), never Thymeleaf's {@code #numbers} or {@code #temporals} (FiguresInTemplatesTest keeps it so).
 * The page's language is the request's ({@link LocaleContextHolder}); outside a request it is English.
 */
@Component("fmt")
public class Figures {

    private static Locale page() {
        return LocaleContextHolder.getLocale();
    }

    public String usd(@Nullable BigDecimal amount) {
        return amount == null ? "" : usdAmount(amount, page());
    }

    /** An amount of money in the page's language; empty when there is none. */
    public String usd(@Nullable Money amount) {
        return amount == null ? "" : usdAmount(amount.usd(), page());
    }

    /** A share in the page's language, "12.5%" or "12,5%"; empty when there is none. */
    public String percent(@Nullable Share share) {
        return share == null ? "" : share(share.fraction(), page());
    }

    /** An amount of money in the reader's language, outside a page (a brief, a command's line). */
    public static String usdAmount(@Nullable Money amount, Locale locale) {
        return usdAmount(amount == null ? null : amount.usd(), locale);
    }

    /** A share in the reader's language, outside a page. */
    public static String share(@Nullable Share share, Locale locale) {
        return share(share == null ? null : share.fraction(), locale);
    }

    /**
     * A download table's cell as its page shows it, by what it is: an amount as {@link #usd(Money)}, a share or change in
     * percent, a rate as printed, a number, a count or a day as it is, text as it is.
     */
    public String cell(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        if (cell instanceof Cell.Amount a) {
            return usd(a.money());
        }
        if (cell instanceof Cell.Fraction f) {
            String percent = percent(f.share());
            return f.signed() && f.share().fraction().signum() > 0 ? "+" + percent : percent;
        }
        if (cell instanceof Cell.Rate r) {
            return rate(r.percent());
        }
        if (cell instanceof Cell.Plain n) {
            return plain(n.value());
        }
        if (cell instanceof Cell.Count c) {
            return Long.toString(c.count());
        }
        if (cell instanceof Cell.Day d) {
            return d.date().toString();
        }
        return "";
    }

    /** An amount's every digit, for a cell's title beside its rounded figure; else null (no title). */
    public @Nullable String exact(Cell cell) {
        return cell instanceof Cell.Amount a ? a.money().usd().toPlainString() : null;
    }

    /** The web address a text cell holds, which a page may link to; else null. */
    public @Nullable String link(Cell cell) {
        return cell instanceof Cell.Text t ? new Links().web(t.text()) : null;
    }

    /** A number to the whole, grouped as the page's language groups it: "1,234,568", "1.234.568"; empty when none. */
    public String whole(@Nullable Number n) {
        return decimal(n, 0);
    }

    /** A number to so many decimals, with the page's separators: a ratio "1.08", a score "0.125"; empty when none. */
    public String decimal(@Nullable Number n, int decimals) {
        String text = n == null ? null
                : NumberUtils.format(n, 1, NumberPointType.DEFAULT, decimals, NumberPointType.DEFAULT, page());
        return text == null ? "" : text;
    }

    /**
     * A number as given, no digit added or dropped, with the page's decimal sign: a score "0.743", on a Vietnamese page
     * "0,743"; empty when none.
     */
    public String plain(@Nullable BigDecimal n) {
        if (n == null) {
            return "";
        }
        String text = n.toPlainString();
        return isVietnamese(page()) ? text.replace('.', ',') : text;
    }

    /** A score to three decimals with the page's decimal sign: 0.7434 is "0.743", on a Vietnamese page "0,743". */
    public String score(@Nullable Number score) {
        return score == null ? "" : plain(new BigDecimal(score.toString()).setScale(3, RoundingMode.HALF_EVEN));
    }

    /** A moment to the minute, "2026-03-15 14:05", in the workbench's one time zone (the server's); empty when none. */
    public String minute(@Nullable Temporal at) {
        return moment(at, "yyyy-MM-dd HH:mm");
    }

    /** A moment to the second, "2026-03-15 14:05:09", as an audit trail needs it. */
    public String second(@Nullable Temporal at) {
        return moment(at, "yyyy-MM-dd HH:mm:ss");
    }

    /** The day of a moment, "2026-03-15", in the workbench's time zone. */
    public String day(@Nullable Temporal at) {
        return moment(at, "yyyy-MM-dd");
    }

    /**
     * A moment in one time zone whatever it was read as: an Instant and an OffsetDateTime (which the database's driver
     * gives in UTC) of the same moment are written alike.
     */
    private String moment(@Nullable Temporal at, String pattern) {
        if (at == null) {
            return "";
        }
        Temporal zoned = at instanceof java.time.Instant i ? i.atZone(java.time.ZoneId.systemDefault())
                : at instanceof java.time.OffsetDateTime o ? o.atZoneSameInstant(java.time.ZoneId.systemDefault())
                : at instanceof java.time.ZonedDateTime z ? z.withZoneSameInstant(java.time.ZoneId.systemDefault()) : at;
        return java.time.format.DateTimeFormatter.ofPattern(pattern, page()).format(zoned);
    }

    /** A count with the page's thousands separator: "12,500", "12.500". */
    public String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(isVietnamese(page()) ? VIETNAMESE : Locale.ENGLISH).format(n);
    }

    /** An amount in millions of dollars to one decimal, with the page's separators, for a table too wide for full dollars. */
    public String millions(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.0", java.text.DecimalFormatSymbols.getInstance(
                isVietnamese(page()) ? VIETNAMESE : Locale.ENGLISH));
        return f.format(amount.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN));
    }

    /** A quantity as given, with the page's separators and no digit added: "10", "2,500.5", "2.500,5". */
    public String quantity(@Nullable BigDecimal q) {
        if (q == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(
                isVietnamese(page()) ? VIETNAMESE : Locale.ENGLISH));
        f.setMaximumFractionDigits(Math.max(0, q.stripTrailingZeros().scale()));
        return f.format(q);
    }

    /** The same, for texts written outside a page (a signal's arithmetic, a command's line). */
    public static String usdAmount(@Nullable BigDecimal amount) {
        return org.bilateral.shared.PlainUsd.amount(amount);
    }

    public String usdRange(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        return usdRange(low, high, page());
    }

    /** A reported range, "$7.8 bn – $10 bn", one amount when both ends agree; empty when nothing was reported. */
    public static String usdRange(@Nullable BigDecimal low, @Nullable BigDecimal high, Locale locale) {
        if (low == null) {
            return "";
        }
        return high == null || low.compareTo(high) == 0 ? usdAmount(low, locale) : usdAmount(low, locale) + " – " + usdAmount(high, locale);
    }

    /** An amount in billions of dollars for a chart's axis, to the million: every chart scales amounts as Money does. */
    public static @Nullable BigDecimal billions(@Nullable BigDecimal amount) {
        return amount == null ? null : Money.usd(amount).inBillions();
    }

    /** A rate given in percent as printed, no digit added or dropped: "20%", "12.5%". */
    public String rate(@Nullable BigDecimal percent) {
        return ratePercent(percent, page());
    }

    public static String ratePercent(@Nullable BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%";
    }

    public String percent(@Nullable BigDecimal fraction) {
        return fraction == null ? "" : share(fraction, page());
    }

    /**
     * An amount in the reader's language: English as {@link #usdAmount(BigDecimal)} writes it, "$1.23 bn"; Vietnamese with
     * its own separators and words, "1.234,5 tỷ USD", "380 triệu USD", "12.500 USD". Unknown (null) is said so, never $0.
     */
    public static String usdAmount(@Nullable BigDecimal amount, Locale locale) {
        if (!isVietnamese(locale)) {
            return amount == null ? "unknown" : usdAmount(amount);
        }
        if (amount == null) {
            return "chưa rõ";
        }
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "−" : "";
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(VIETNAMESE));
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            return sign + f.format(abs.divide(BigDecimal.valueOf(1_000_000_000), 2, RoundingMode.HALF_EVEN)) + " tỷ USD";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            f.setMaximumFractionDigits(1);
            return sign + f.format(abs.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN)) + " triệu USD";
        }
        f.setMaximumFractionDigits(0);
        return sign + f.format(abs.setScale(0, RoundingMode.HALF_EVEN)) + " USD";
    }

    /** A share in the reader's language: "12.5%", "12,5%"; unknown said so. */
    public static String share(@Nullable BigDecimal fraction, Locale locale) {
        if (fraction == null) {
            return isVietnamese(locale) ? "chưa rõ" : "unknown";
        }
        String text = fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
        return isVietnamese(locale) ? text.replace('.', ',') : text;
    }

    /** A rate given in percent, in the reader's language: "12.5%", "12,5%". */
    public static String ratePercent(@Nullable BigDecimal percent, Locale locale) {
        String text = ratePercent(percent);
        return isVietnamese(locale) ? text.replace('.', ',') : text;
    }

    /** A day in the page's language, as {@link #date(java.time.LocalDate, Locale)} writes it; for templates. */
    public String date(java.time.@Nullable LocalDate day) {
        return date(day, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A day in the reader's language: "15 March 2026", "ngày 15/3/2026". */
    public static String date(java.time.@Nullable LocalDate day, Locale locale) {
        if (day == null) {
            return isVietnamese(locale) ? "chưa rõ ngày" : "undated";
        }
        return isVietnamese(locale) ? "ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear()
                : day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** A month in the reader's language: "March 2026", "tháng 3/2026". */
    public static String month(java.time.YearMonth month, Locale locale) {
        return isVietnamese(locale) ? "tháng " + month.getMonthValue() + "/" + month.getYear()
                : month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static boolean isVietnamese(Locale locale) {
        return locale != null && locale.getLanguage().equals("vi");
    }
}
