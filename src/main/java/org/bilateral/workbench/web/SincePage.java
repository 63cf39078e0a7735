package org.bilateral.workbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.bilateral.doors.Figures;
import org.bilateral.doors.Sayings;
import org.bilateral.shared.Changes;
import org.bilateral.workbench.WhatChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page, "Since …": what changed since the pair's last brief or a day the user picks. A reporter (an enterprise
 * reporting its deliveries) reads none of the record and goes on to its own page.
 */
@Controller
class SincePage {

    /** A change as the page shows it: its line in the page's language, where it leads, and whether it is synthetic. */
    record Line(String text, String href, boolean synthetic) {
    }

    /** A kind's lines, under its heading; none when nothing of the kind changed. */
    record Group(String kind, List<Line> lines) {
    }

    private final WhatChanged changes;
    private final Sayings sayings;

    private final Figures figures;

    SincePage(WhatChanged changes, MessageSource messages, Figures figures) {
        this.changes = changes;
        this.figures = figures;
        this.sayings = new Sayings(messages);
    }

    @GetMapping("/")
    String page(@RequestParam(required = false) @Nullable String since, @RequestParam(required = false) @Nullable String threshold,
                HttpServletRequest request, Model model) {
        if (request.isUserInRole("REPORTER")) {
            return "redirect:/reporting";
        }
        WhatChanged.Report report = changes.since(WhatChanged.Asked.of(since, threshold));
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("report", report);
        model.addAttribute("groups", report.groups().stream().map(g -> new Group(g.kind().name(), g.changes().stream()
                .map(c -> new Line(sayings.say(c.line(), locale), c.href(), c.synthetic())).toList())).toList());
        // the page's title names the day; a head fragment may not call beans, so the words are made here
        model.addAttribute("sinceDay", figures.day(report.since()));
        model.addAttribute("sinceMinute", figures.minute(report.since()));
        model.addAttribute("sinceField", report.chosen() == null ? "" : report.chosen().toString());
        model.addAttribute("thresholdField", report.thresholdPercent().stripTrailingZeros().toPlainString());
        model.addAttribute("kinds", Changes.Kind.values());
        model.addAttribute("unanswered", report.unanswered().stream().map(u -> sayings.say(u, locale)).toList());
        return "workbench/since";
    }
}
