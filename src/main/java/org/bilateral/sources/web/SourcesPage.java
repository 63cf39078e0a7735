package org.bilateral.sources.web;

import java.util.List;
import java.util.Locale;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Sayings;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.SourceRun;
import org.bilateral.sources.SourcesAdministration;
import org.bilateral.sources.SourcesAdministration.SourceState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admin → Sources: for each source its key (found or not, and where it is looked for; never the key), partners,
 * schedule, next run, last success and failure, and its recent runs; "Pull now", a key written to its file, the schedule
 * changed. A run going shows where it has got to, the page asking again every two seconds until it ends.
 */
@Controller
class SourcesPage {

    private final SourcesAdministration sources;
    private final Sayings sayings;
    private final Notices notices;

    SourcesPage(SourcesAdministration sources, MessageSource messages, Notices notices) {
        this.sources = sources;
        this.sayings = new Sayings(messages);
        this.notices = notices;
    }

    /** A run as the page shows it: its words said in the page's language. */
    record RunShown(SourceRun run, List<String> lines, @Nullable String failure) {
    }

    /** A source as the page shows it. */
    record SourceShown(SourceState state, String name, @Nullable String keyProblem, @Nullable String notReady,
            @Nullable RunShown lastSuccess, @Nullable RunShown lastFailure, @Nullable RunShown running,
            @Nullable Integer percent, List<RunShown> recent) {
    }

    @GetMapping("/admin/sources")
    String page(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("sources", sources.states().stream().map(s -> shown(s, locale)).toList());
        model.addAttribute("zone", sources.zone().getId());
        model.addAttribute("scheduling", sources.scheduling());
        return "sources/sources";
    }

    @PostMapping("/admin/sources/{id}/pull")
    String pull(@PathVariable String id, Model model) {
        try {
            long run = sources.pullNow(id, AuditTrail.currentActor());
            model.addAttribute("notice", notices.say("sourcesAdmin.pullStarted", name(id), String.valueOf(run)));
        } catch (Unavailable refused) {
            model.addAttribute("refusal", sayings.say(refused.said(), LocaleContextHolder.getLocale()));
        }
        return page(model);
    }

    @PostMapping("/admin/sources/{id}/key")
    String key(@PathVariable String id, @RequestParam(defaultValue = "") String key, Model model) {
        sources.setKey(id, key, AuditTrail.currentActor());
        model.addAttribute("notice", notices.say("sourcesAdmin.keySet", name(id)));
        return page(model);
    }

    @PostMapping("/admin/sources/{id}/schedule")
    String schedule(@PathVariable String id, @RequestParam(defaultValue = "") String schedule,
            @RequestParam(defaultValue = "false") boolean enabled, Model model) {
        sources.change(id, schedule, enabled, AuditTrail.currentActor());
        model.addAttribute("notice", notices.say("sourcesAdmin.scheduleChanged", name(id)));
        return page(model);
    }

    /** A source's name in the page's language: its id is a code, which a Vietnamese sentence does not say. */
    private String name(String id) {
        return sayings.say(sources.state(id).name(), LocaleContextHolder.getLocale());
    }

    private SourceShown shown(SourceState s, Locale locale) {
        Integer percent = null;
        if (s.progress() != null && s.progress().total() > 0) {
            percent = (int) Math.min(100, s.progress().done() * 100 / s.progress().total());
        }
        return new SourceShown(s, sayings.say(s.name(), locale), say(s.keyProblem(), locale), say(s.notReady(), locale),
                shown(s.lastSuccess(), locale), shown(s.lastFailure(), locale), shown(s.running(), locale), percent,
                s.recent().stream().map(r -> shown(r, locale)).toList());
    }

    private @Nullable RunShown shown(@Nullable SourceRun run, Locale locale) {
        return run == null ? null : new RunShown(run, run.lines().stream().map(l -> sayings.say(l, locale)).toList(),
                say(run.failure(), locale));
    }

    private @Nullable String say(@Nullable Said said, Locale locale) {
        return said == null ? null : sayings.say(said, locale);
    }
}
