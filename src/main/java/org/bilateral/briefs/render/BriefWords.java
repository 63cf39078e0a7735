package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.bilateral.workbench.Figures;
import org.springframework.context.MessageSource;

/**
 * A brief's words in its language: labels from the messages, amounts, shares and dates as the reader writes them
 * ("1.234,5 tỷ USD", "ngày 15/3/2026"), for every format alike; templates call it as {@code w}.
 */
public final class BriefWords {

    private final MessageSource messages;
    private final Locale locale;

    public BriefWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String usd(BigDecimal amount) {
        return Figures.usdAmount(amount, locale);
    }

    public String range(BigDecimal low, BigDecimal high) {
        if (low == null && high == null) {
            return usd(null);
        }
        return high == null || low == null || low.compareTo(high) == 0 ? usd(low == null ? high : low) : usd(low) + " – " + usd(high);
    }

    public String share(BigDecimal fraction) {
        return Figures.share(fraction, locale);
    }

    public String share(Double fraction) {
        return Figures.share(fraction == null ? null : BigDecimal.valueOf(fraction), locale);
    }

    public String rate(BigDecimal percent) {
        return Figures.ratePercent(percent, locale);
    }

    public String date(LocalDate day) {
        return Figures.date(day, locale);
    }

    public String date(Instant instant) {
        return Figures.date(instant.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(), locale);
    }

    public String month(YearMonth month) {
        return month == null ? "—" : Figures.month(month, locale);
    }

    /** A score or ratio to three decimals, with the reader's decimal mark. */
    public String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return locale.getLanguage().equals("vi") ? text.replace('.', ',') : text;
    }

    public String stage(String stage) {
        return stage == null ? "—" : t("stage." + stage);
    }

    public String status(String status) {
        return t("askStatus." + status);
    }

    public String topic(String topic) {
        return t("brief.topic." + topic);
    }

    public String kind(String kind) {
        return t("engagementKind." + kind);
    }

    /** A source's reference as the text carries it: "[3]"; nothing for none. */
    public String ref(int source) {
        return source <= 0 ? "" : "[" + source + "]";
    }

    /** Several sources' references: "[1] [3]". */
    public String refs(java.util.List<Integer> sources) {
        return String.join(" ", sources.stream().map(this::ref).filter(r -> !r.isEmpty()).toList());
    }

    // The brief's sentences, each written once here for the page, the PDF and the DOCX alike.

    public String title(org.bilateral.briefs.BriefRequest r) {
        return t("brief.title", r.a().value(), r.b().value(), date(r.forDate()));
    }

    public String prepared(Brief b) {
        return b.dataAsOf() == null ? t("brief.preparedNoData", date(b.preparedAt()))
                : t("brief.prepared", date(b.preparedAt()), month(b.dataAsOf()));
    }

    /** A side's headline figures, with the balance a year earlier where there is one. */
    public String headline(Brief.Side s) {
        return t("brief.balance.headline", s.reporter().value(), s.period(), usd(s.exports()), usd(s.imports()), usd(s.balance()))
                + (s.balanceYearEarlier() == null ? "" : " " + t("brief.balance.yearEarlier", usd(s.balanceYearEarlier())));
    }

    public String total(Brief.Commitments c) {
        return t("brief.commitments.total", c.counted(), range(c.lowUsd(), c.highUsd()));
    }

    public String window(Brief.Engagements e) {
        return t("brief.engagements.window", date(e.from()), date(e.to()));
    }

    public String risksIntro(Brief.Risks k) {
        return t("brief.risks.intro", k.triangle(), k.screened());
    }

    /** The country's rerouting bound, or nothing where the screen could not give it. */
    public String bound(Brief.Risks k) {
        return k.boundShare() == null ? "" : t("brief.risks.bound", year(k.boundYear()), share(k.boundShare()));
    }

    public String previous(Brief.Changes c) {
        return t("brief.changes.previous", c.previousBrief(), date(c.previousFor()));
    }

    /** The headline balance then and now, or nothing where either is unknown. */
    public String balanceChange(Brief.Changes c) {
        return c.previousBalance() == null || c.balance() == null ? ""
                : t("brief.changes.balance", usd(c.previousBalance()), usd(c.balance()));
    }

    public String change(Brief.DealChange d) {
        return t("brief.changes.deal", d.deal(), d.from() == null ? t("brief.new") : stage(d.from()), stage(d.to()));
    }

    public String change(Brief.AskChange a) {
        return t("brief.changes.ask", a.number(), a.from() == null ? t("brief.new") : status(a.from()), status(a.to()));
    }

    /** What an ask is worth, in one line. */
    public String stake(Brief.Stake s) {
        if (s == null) {
            return "";
        }
        return switch (s.kind()) {
            case ORDERS -> s.counted() == null ? t("brief.stake.ORDERS", s.count(), usd(s.valueUsd()), year(s.year()))
                    : t("brief.stake.ordersCounted", s.count(), s.counted(), usd(s.valueUsd()), year(s.year()))
                            + (s.text() == null ? "" : s.partUsd().compareTo(s.valueUsd()) == 0 ? t("brief.stake.ordersAllIn", s.text())
                                    : t("brief.stake.ordersMostIn", usd(s.partUsd()), s.text()));
            case EXPORT_CONTROLS -> t("brief.stake.EXPORT_CONTROLS", s.text(), usd(s.valueUsd()), year(s.year()));
            case TARIFF -> t("brief.stake.TARIFF", rate(s.ratePercent()), usd(s.valueUsd()), year(s.year()));
            case TRANSSHIPMENT -> s.until() == null ? t("brief.stake.TRANSSHIPMENT", rate(s.ratePercent()), s.text())
                    : t("brief.stake.transshipmentUntil", rate(s.ratePercent()), s.text(), s.until().toString());
            case UNAVAILABLE -> t("brief.stake.UNAVAILABLE", s.unavailable());
        };
    }

    /** The heading of the risks' added duty: until when its rate was charged, where it has ended. */
    public String riskDuty(Brief.Risks r) {
        return r.dutyUntil() == null ? t("brief.risks.duty") : t("brief.risks.dutyUntil", r.dutyUntil().toString());
    }

    /** A year without grouping ("2024", not "2,024"), or a dash where unknown. */
    public String year(Integer year) {
        return year == null ? "—" : String.valueOf(year);
    }
}
