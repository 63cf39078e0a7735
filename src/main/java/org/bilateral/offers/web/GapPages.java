package org.bilateral.offers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.doors.Columns;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Figures;
import org.bilateral.offers.GapLine;
import org.bilateral.offers.GapTables;
import org.bilateral.offers.OfferPricing;
import org.bilateral.offers.PreferenceGap;
import org.bilateral.offers.PreferenceGaps;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.tariffs.TariffSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preference gap's page (/offers/gap): a year of the statistics held, the schedule in force on a day, the top N
 * products by the duty US goods pay above favoured competitors, a chart of the largest, and the table as CSV and XLSX.
 */
@Controller
class GapPages {

    /** The products shown unless asked otherwise, and the most a page lists (0 lists all). */
    static final int TOP = 20;
    static final int MOST = 500;

    private final PreferenceGaps gaps;
    private final OfferPricing pricing;
    private final TariffSchedules schedules;
    private final Nomenclature nomenclature;
    private final MessageSource messages;
    private final Figures figures;
    private final JsonMapper json;
    private final Clock clock;
    private final Columns columns;

    GapPages(PreferenceGaps gaps, OfferPricing pricing, TariffSchedules schedules, Nomenclature nomenclature, MessageSource messages,
             Figures figures, JsonMapper json, Optional<Clock> clock, Columns columns) {
        this.columns = columns;
        this.gaps = gaps;
        this.pricing = pricing;
        this.schedules = schedules;
        this.nomenclature = nomenclature;
        this.messages = messages;
        this.figures = figures;
        this.json = json;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What the page was asked for, each field checked and defaulted. */
    record Asked(@Nullable Integer year, LocalDate on, int top, List<Integer> years) {
    }

    private Asked asked(@Nullable Integer year, @Nullable String on, @Nullable Integer top) {
        List<Integer> years = pricing.yearsPriceable();
        if (year != null && !years.contains(year)) {
            throw new InvalidInput("year", Said.of("refusal.offers.gapYearNotHeld", String.valueOf(year)));
        }
        if (top != null && (top < 0 || top > MOST)) {
            throw new InvalidInput("top", Said.of("refusal.offers.gapTop", String.valueOf(top), String.valueOf(MOST)));
        }
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? LocalDate.now(clock) : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("on", Said.of("refusal.offers.gapDay", Limits.shown(String.valueOf(on))));
        }
        return new Asked(year != null ? year : years.isEmpty() ? null : years.get(0), day, top == null ? TOP : top, years);
    }

    @GetMapping("/offers/gap")
    String gap(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String on,
               @RequestParam(required = false) @Nullable Integer top, Model model) {
        Asked a = asked(year, on, top);
        model.addAttribute("asked", a);
        model.addAttribute("schedules", schedules.schedules());
        boolean scheduled = schedules.inForceOn(a.on()).isPresent();
        model.addAttribute("scheduled", scheduled);
        PreferenceGap gap = a.year() == null || !scheduled ? null : gaps.gap(a.year(), a.on(), a.top());
        model.addAttribute("gap", gap);
        if (gap != null) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("names", names(gap, locale));
            model.addAttribute("chart", json.writeValueAsString(GapChart.of(gap, this::word)));
            model.addAttribute("yearSaid", gap.months() > 0 && gap.months() < 12
                    ? word("gap.yearPartial", String.valueOf(gap.year()), gap.months()) : String.valueOf(gap.year()));
        }
        return "offers/gap";
    }

    @GetMapping("/offers/gap.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, @RequestParam(required = false) @Nullable Integer year,
                                    @RequestParam(required = false) @Nullable String on,
                                    @RequestParam(required = false) @Nullable Integer top) {
        Asked a = asked(year, on, top);
        if (a.year() == null) {
            throw new InvalidInput("year", Said.of("refusal.offers.gapNoStatistics"));
        }
        PreferenceGap gap = gaps.gap(a.year(), a.on(), a.top());
        return Downloads.of(columns.inPageLanguage(GapTables.of(gap)), "preference-gap-" + gap.year(), type);
    }

    /** Each product's name in the page's language, by its code, where the nomenclature has it. */
    private java.util.Map<String, String> names(PreferenceGap gap, Locale locale) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.concat(gap.lines().stream(), gap.competitorsOnly().stream()).map(GapLine::code)
                .forEach(c -> nomenclature.description(c.digits(), locale).ifPresent(n -> names.put(c.digits(), n)));
        gap.unpriced().forEach(u -> nomenclature.description(u.code().digits(), locale).ifPresent(n -> names.put(u.code().digits(), n)));
        return names;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
