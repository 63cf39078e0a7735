package org.bilateral.tradestats.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalancePivot;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.MirrorRequest;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.tradestats.tables.Tables;
import org.bilateral.doors.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

@Controller
class BalancePage {

    private final TradeBalances balances;
    private final MirrorComparisons mirrors;
    private final TopProducts topProducts;
    private final StatisticsSources statisticsSources;
    private final CountryDirectory countries;
    private final Nomenclature nomenclature;

    private final JsonMapper json;
    private final PeriodsSaid periods;
    private final ProductsSaid products;
    private final MessageSource messages;

    BalancePage(TradeBalances balances, MirrorComparisons mirrors, TopProducts topProducts, StatisticsSources statisticsSources, CountryDirectory countries, Nomenclature nomenclature, JsonMapper json,
                PeriodsSaid periods, ProductsSaid products, MessageSource messages) {
        this.periods = periods;
        this.products = products;
        this.messages = messages;
        this.balances = balances;
        this.mirrors = mirrors;
        this.topProducts = topProducts;
        this.statisticsSources = statisticsSources;
        this.countries = countries;
        this.nomenclature = nomenclature;
        this.json = json;
    }

    @GetMapping("/balance")
    String balance(@ModelAttribute("form") BalanceForm form, Model model) {
        BalanceRequest request = form.balance(countries);
        Balance balance = balances.balance(request);
        Balance trend = request.level() == HsLevel.TOTAL ? balance : balances.balance(new BalanceRequest(request.reporter(),
                request.partner(), request.by(), HsLevel.TOTAL, request.fromYear(), request.toYear(), 0));
        String latestYear = balances.latestFullYear(request.reporter(), request.partner()).map(String::valueOf).orElse(null);
        Balance composition = balances.balance(new BalanceRequest(request.reporter(), request.partner(), Granularity.YEAR,
                HsLevel.SECTOR, null, null, 0));
        Mirror mirror = latestYear == null ? null
                : mirrors.mirror(new MirrorRequest(request.reporter(), request.partner(), Integer.parseInt(latestYear),
                HsLevel.TOTAL, 0));
        model.addAttribute("balance", balance);
        model.addAttribute("pivot", request.level() == HsLevel.TOTAL ? null : BalancePivot.of(balance, form.pivotMeasure()));
        model.addAttribute("measures", BalancePivot.Measure.values());
        model.addAttribute("productsAsRows", form.productsAsRows());
        // Escaping '<' keeps any label from closing the script element the data sits in.
        model.addAttribute("anyPartial", balance.rows().stream().anyMatch(Balance.Row::partial));
        model.addAttribute("changeNotes", changeNotes(balance));
        model.addAttribute("chartsJson", json.writeValueAsString(Charts.of(trend, composition, latestYear, mirror,
                        r -> periods.of(r, trend.by()), r -> products.label(r.code(), r.label()), this::word))
                .replace("<", "\\u003c"));
        model.addAttribute("compositionYear", latestYear);
        model.addAttribute("mirror", mirror);
        model.addAttribute("products", latestYear == null ? null : topProducts.products(new ProductsRequest(request.reporter(),
                request.partner(), HsLevel.CHAPTER, Integer.parseInt(latestYear), 10)));
        // Every table of products names the HS edition it is in, for its own years.
        model.addAttribute("editions", statisticsSources.editions(request.reporter(), request.partner(), request.fromYear(),
                request.toYear()));
        model.addAttribute("productsEditions", latestYear == null ? null : statisticsSources.editions(request.reporter(),
                request.partner(), Integer.parseInt(latestYear) - 1, Integer.parseInt(latestYear)));
        model.addAttribute("countries", countries.byName(LocaleContextHolder.getLocale()));
        model.addAttribute("levels", List.of("total", "section", "chapter", "heading", "subheading", "sector"));
        model.addAttribute("granularities", List.of("year", "quarter", "month", "ytd"));
        model.addAttribute("sectors", nomenclature.sectors());
        return "tradestats/balance";
    }

    /**
     * Why a period's year-on-year change is blank, once a period: a partial year set against a whole one is left blank
     * rather than shown as a fall. The first year's want of a year before goes without saying.
     */
    private List<String> changeNotes(Balance balance) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Balance.Row r : balance.rows()) {
            if (r.changeBlank() != null && r.changeBlank() != Balance.ChangeBlank.NO_EARLIER_STATISTICS) {
                notes.putIfAbsent(r.period(), messages.getMessage("balance.changeBlankNote",
                        new Object[] {periods.of(r, balance.by()), periods.blank(r.changeBlank())}, LocaleContextHolder.getLocale()));
            }
        }
        return List.copyOf(notes.values());
    }

    @GetMapping("/balance.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@ModelAttribute BalanceForm form, @PathVariable String type) {
        Balance balance = balances.balance(form.balance(countries));
        String name = "balance-" + balance.reporter() + "-" + balance.partner() + "-" + balance.by().label() + "-"
                + balance.level().label();
        return Downloads.of(Tables.balance(balance), name, type);
    }

    @GetMapping("/mirror")
    String mirror(@ModelAttribute("form") BalanceForm form, Model model) {
        Mirror mirror = mirrors.mirror(mirrorRequest(form));
        model.addAttribute("mirror", mirror);
        // Each side's statistics in their own HS editions, for the year and the year before it (timing reaches back).
        model.addAttribute("editionsOf", Map.of(
                mirror.a(), statisticsSources.editions(mirror.a(), mirror.b(), mirror.year() - 1, mirror.year()),
                mirror.b(), statisticsSources.editions(mirror.b(), mirror.a(), mirror.year() - 1, mirror.year())));
        model.addAttribute("chartsJson", json.writeValueAsString(Charts.of(mirror, this::word)).replace("<", "\\u003c"));
        model.addAttribute("countries", countries.byName(LocaleContextHolder.getLocale()));
        model.addAttribute("levels", List.of("total", "section", "chapter", "heading", "subheading", "sector"));
        return "tradestats/mirror";
    }

    @GetMapping("/mirror.{type:csv|xlsx}")
    ResponseEntity<byte[]> mirrorDownload(@ModelAttribute BalanceForm form, @PathVariable String type) {
        Mirror mirror = mirrors.mirror(mirrorRequest(form));
        return Downloads.of(Tables.mirror(mirror), "mirror-" + mirror.a() + "-" + mirror.b() + "-" + mirror.year(), type);
    }

    /** The year asked for, else the latest the statistics cover in full, else last year. */
    private MirrorRequest mirrorRequest(BalanceForm form) {
        int latest = balances.latestFullYear(countries.require(form.reporter()).code(), countries.require(form.partner()).code())
                .orElse(java.time.Year.now().getValue() - 1);
        return form.mirror(countries, latest);
    }

    private String word(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
