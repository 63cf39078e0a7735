package org.bilateral.tradestats.web;

import org.bilateral.shared.Granularity;
import org.bilateral.shared.Period;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Products;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A period of the statistics in the page's language, with the months it holds when not all of them: "2025 (Jan–Mar)",
 * "2025 (tháng 1–3)". Downloads and JSON say it in English ({@link Balance.Row#shown()}). Templates call it as
 * {@code @periodsSaid}.
 */
@Component("periodsSaid")
public class PeriodsSaid {

    private final MessageSource messages;

    PeriodsSaid(MessageSource messages) {
        this.messages = messages;
    }

    /** A row's period: as it is when all its months are held, else with the months both flows hold. */
    public String of(Balance.Row row, Granularity by) {
        if (row.held() == null || row.shown().equals(row.period())) {
            return row.period();
        }
        String base = by == Granularity.YEAR || by == Granularity.YTD ? Integer.toString(row.held().first().getYear()) : row.period();
        return said(base, row.held(), row.months());
    }

    /** The period of the first of a balance's rows with this period (a pivot's line). */
    public String of(Balance balance, String period) {
        return balance.rows().stream().filter(r -> r.period().equals(period)).findFirst().map(r -> of(r, balance.by()))
                .orElse(period);
    }

    /** The year top products and movers are of, with its months when not all are held. */
    public String of(Products products) {
        return products.held() == null || !products.partial() ? Integer.toString(products.year())
                : said(Integer.toString(products.year()), products.held(), products.months());
    }

    /** The same months a year earlier, that movers are measured against. */
    public String yearEarlier(Products products) {
        return products.held() == null || !products.partial() ? Integer.toString(products.year() - 1)
                : said(Integer.toString(products.year() - 1), products.held().yearEarlier(), products.months());
    }

    private String said(String base, Period held, int months) {
        int first = held.first().getMonthValue();
        int last = held.last().getMonthValue();
        String key = first == last ? "balance.heldOne" : months == held.months() ? "balance.heldRange" : "balance.heldSome";
        return messages.getMessage(key, new Object[] {base, first, last, months}, LocaleContextHolder.getLocale());
    }

    /** Why a row's year-on-year change is blank, in the page's language; empty when it is not. */
    public String blank(Balance.ChangeBlank why) {
        return why == null ? "" : messages.getMessage("balance.changeBlank." + why.name(), null, LocaleContextHolder.getLocale());
    }
}
