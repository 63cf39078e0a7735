package org.bilateral.tariffs.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilateral.doors.Figures;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.Agreement;
import org.bilateral.tariffs.BestPreference;
import org.bilateral.tariffs.Preference;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffLine;
import org.bilateral.tariffs.TariffLineNames;
import org.bilateral.tariffs.TariffSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Vietnam's tariff schedule (/tariffs): a code of 2 to 8 digits looked up in the schedule in force on a day, its lines
 * with their names, MFN rate, every agreement's rate as printed and as read, and the best preference and who gets it;
 * and the versions held. Rates are written as printed, in the page's decimal mark.
 */
@Controller
class TariffsPage {

    /** Lines listed for a code; a chapter holds up to a thousand, and the search narrows them. */
    static final int LISTED = 200;
    /** Up to this many lines, each is shown with every agreement's rate. */
    static final int DETAILED = 3;

    /** A version held, until the next one's day (null for the latest). */
    record Version(Schedule schedule, @Nullable LocalDate until, boolean chosen) {
    }

    /** An agreement's rate on a line: as printed, and as read in the page's language. */
    record Rate(String agreement, String partners, String printed, String read, boolean best, boolean unread) {
    }

    /** A line as the page shows it. */
    record Line(String code, String digits, String name, String mfn, boolean priced, String outOfQuota, String best,
                String bestWho, List<Rate> rates, boolean agricultural) {
    }

    private final TariffSchedules schedules;
    private final TariffLineNames names;
    private final Figures figures;
    private final MessageSource messages;

    TariffsPage(TariffSchedules schedules, TariffLineNames names, Figures figures, MessageSource messages) {
        this.schedules = schedules;
        this.names = names;
        this.figures = figures;
        this.messages = messages;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    @GetMapping("/tariffs")
    String tariffs(@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable LocalDate on,
                   Model model) {
        LocalDate day = on != null ? on : LocalDate.now(ZoneOffset.UTC);
        List<Schedule> held = schedules.schedules();
        Optional<Schedule> inForce = schedules.inForceOn(day);
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            Schedule s = held.get(i);
            versions.add(new Version(s, i + 1 < held.size() ? held.get(i + 1).inForceFrom() : null,
                    inForce.map(f -> f.id().equals(s.id())).orElse(false)));
        }
        model.addAttribute("active", "tariffs");
        model.addAttribute("versions", versions);
        model.addAttribute("day", day);
        model.addAttribute("schedule", inForce.orElse(null));
        model.addAttribute("agreements", agreementRows());
        String typed = code == null ? "" : code.replace(".", "").strip();
        model.addAttribute("code", code == null ? "" : code.strip());
        if (typed.isEmpty() || inForce.isEmpty()) {
            return "tariffs/tariffs";
        }
        if (typed.length() > 8 || !HsCode.isValid(typed)) {
            model.addAttribute("refused", word("tariffs.page.notACode", typed.length() > 12 ? typed.substring(0, 12) + "…" : typed));
            return "tariffs/tariffs";
        }
        HsCode asked = new HsCode(typed);
        List<TariffLine> under = schedules.linesUnder(inForce.get().id(), asked);
        model.addAttribute("asked", asked);
        model.addAttribute("askedName", names.name(asked, LocaleContextHolder.getLocale()).orElse(""));
        model.addAttribute("total", under.size());
        model.addAttribute("unpriced", under.stream().filter(l -> !l.priced()).count());
        model.addAttribute("chapter98", asked.chapter().equals("98"));
        boolean detailed = under.size() <= DETAILED;
        model.addAttribute("detailed", detailed);
        model.addAttribute("lines", under.stream().limit(LISTED).map(l -> line(l, detailed)).toList());
        return "tariffs/tariffs";
    }

    /** The agreements and whose goods each is for, for the page's key. */
    private List<List<String>> agreementRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Agreement a : Agreement.values()) {
            rows.add(List.of(word(a.messageKey()), partners(a)));
        }
        return rows;
    }

    private String partners(Agreement a) {
        Locale locale = LocaleContextHolder.getLocale();
        if (a == Agreement.EVFTA) {
            return word("tariffs.page.eu27");
        }
        String named = a.partners().stream().map(c -> c.name(locale)).sorted().collect(Collectors.joining(", "));
        return a == Agreement.CPTPP ? named + " " + word("tariffs.page.cptppUk") : named;
    }

    private Line line(TariffLine l, boolean detailed) {
        Locale locale = LocaleContextHolder.getLocale();
        Optional<BestPreference> best = l.best();
        List<Rate> rates = new ArrayList<>();
        if (detailed) {
            for (Preference p : l.preferences()) {
                boolean isBest = best.isPresent() && best.get().agreements().contains(p.agreement());
                rates.add(new Rate(word(p.agreement().messageKey()), partners(p.agreement()), p.printed(), read(p, locale), isBest,
                        p.unexplainedMark()));
            }
        }
        String mfn = l.mfnPercent() != null ? figures.rate(l.mfnPercent()) : String.valueOf(l.mfnText());
        return new Line(l.dotted(), l.code().digits(), names.name(l.code(), locale).orElse(""), mfn, l.priced(),
                l.outOfQuotaPercent() == null ? "" : figures.rate(l.outOfQuotaPercent()),
                best.map(b -> figures.rate(b.ratePercent())).orElse(""),
                best.map(b -> b.agreements().stream().map(Agreement::abbreviation).collect(Collectors.joining(", "))).orElse(""),
                rates, org.bilateral.tariffs.ProductScope.AGRICULTURAL.covers(l.code()));
    }

    /** What a printed value was read as, in the page's language. */
    private String read(Preference p, Locale locale) {
        if (p.notEligible()) {
            return word("tariffs.read.notEligible");
        }
        if (p.ratePercent() == null) {
            return word("tariffs.read.unread");
        }
        // "0 (NHN: 50)": the highest rate is the one outside the tariff quota, not a split of the line
        String several = p.printed().contains("NHN:") ? "tariffs.read.quota" : "tariffs.read.several";
        StringBuilder s = new StringBuilder(p.several()
                ? word(several, figures.rate(p.ratePercent()), figures.rate(p.highestPercent()))
                : figures.rate(p.ratePercent()));
        if (p.printed().contains("*")) {
            s.append(word("tariffs.read.partNotEligible"));
        }
        if (!p.exceptPartners().isEmpty()) {
            s.append(word("tariffs.read.except", p.exceptPartners().stream().sorted().map(c -> c.name(locale))
                    .collect(Collectors.joining(", "))));
        }
        for (var e : p.partnerRates().entrySet()) {
            s.append(word("tariffs.read.partner", e.getKey().name(locale), figures.rate(e.getValue())));
        }
        if (p.unexplainedMark()) {
            s.append(word("tariffs.read.gic"));
        }
        return s.toString();
    }
}
