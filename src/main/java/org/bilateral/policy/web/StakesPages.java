package org.bilateral.policy.web;

import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.bilateral.policy.PolicyTimeline;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesRequest;
import org.bilateral.policy.StakesTables;
import org.bilateral.policy.TariffChart;
import org.bilateral.policy.TariffStakes;
import org.bilateral.policy.TopicStakes;
import org.bilateral.policy.WhatIf;
import java.util.Locale;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Figures;
import org.bilateral.doors.Phrases;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;
import java.util.List;
import org.bilateral.doors.Notices;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** What each topic's asks are worth, the tariff what-if and the policy timeline on the web, with their downloads. */
@Controller
class StakesPages {

    private final Stakes stakes;

    private final Notices notices;
    private final PolicyTimeline timeline;
    private final JsonMapper json;

    private final MessageSource messages;

    private final Phrases phrases;

    StakesPages(Stakes stakes, PolicyTimeline timeline, JsonMapper json, Notices notices, MessageSource messages, Phrases phrases) {
        this.messages = messages;
        this.phrases = phrases;

        this.notices = notices;
        this.stakes = stakes;
        this.timeline = timeline;
        this.json = json;
    }

    @GetMapping("/stakes")
    String stakes(StakesForms.StakesForm form, Model model, Locale page) {
        StakesRequest request = form.request();
        TopicStakes result = stakes.of(request);
        model.addAttribute("request", request);
        model.addAttribute("topics", StakesRequest.TOPICS);
        model.addAttribute("stakes", result);
        model.addAttribute("tables", StakesTables.of(result));
        if (result instanceof TariffStakes t) {
            model.addAttribute("chart", json.writeValueAsString(TariffChart.of(t, notices::say, !page.getLanguage().equals("vi"))));
        }
        return "policy/stakes";
    }

    @GetMapping("/stakes.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, StakesForms.StakesForm form,
                                    @RequestParam(required = false) @Nullable String table, Locale page) {
        StakesRequest request = form.request();
        TopicStakes result = stakes.of(request);
        // a table the stakes do not have is refused by the field that named it
        Table chosen = InvalidInput.field("table", () -> StakesTables.table(result, table == null ? "" : table));
        return Downloads.of(page.getLanguage().equals("vi") ? said(chosen, page) : chosen, "stakes-" + request.topic().code(), type);
    }

    /**
     * A stakes table as a Vietnamese page says it: its title and its words by phrase, as the page's table does; a source's
     * own words (a product, what an action applies to), which no phrase names, stay as the source wrote them.
     */
    private Table said(Table table, Locale page) {
        List<List<Cell>> rows = table.rows().stream().map(row -> row.stream()
                .map(c -> c instanceof Cell.Text t ? Cell.text(phrases.say(t.text(), page)) : c).toList()).toList();
        return new Table(String.valueOf(phrases.say(table.title(), page)), table.header(), rows);
    }

    @GetMapping("/tariffs/what-if")
    String whatIf(StakesForms.WhatIfForm form, Model model) {
        model.addAttribute("form", form);
        if (form.rate() != null || form.zero() != null) {
            WhatIf.Result result = stakes.whatIf(form.command());
            model.addAttribute("result", result);
            model.addAttribute("table", StakesTables.whatIf(result));
        }
        return "policy/what-if";
    }

    @GetMapping("/tariffs/what-if.{type:csv|xlsx}")
    ResponseEntity<byte[]> whatIfDownload(@PathVariable String type, StakesForms.WhatIfForm form) {
        return Downloads.of(StakesTables.whatIf(stakes.whatIf(form.command())), "what-if", type);
    }

    @GetMapping("/timeline")
    String timeline(StakesForms.TimelineForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("timeline", timeline.of(form.partnerCode(), form.filter()));
        model.addAttribute("topics", PolicyTopic.values());
        return "policy/timeline";
    }

    @GetMapping("/timeline.{type:csv|xlsx}")
    ResponseEntity<byte[]> timelineDownload(@PathVariable String type, StakesForms.TimelineForm form, Locale page) {
        PolicyTimeline.Timeline chosen = timeline.of(form.partnerCode(), form.filter());
        // a Vietnamese page's download says the workbench's words as the page does, the source's words quoted in English
        return Downloads.of(page.getLanguage().equals("vi") ? StakesTables.timeline(chosen, new Said(messages, page))
                : StakesTables.timeline(chosen), "timeline", type);
    }

    /** The timeline's words by message in a page's language, as policy/timeline.html says them. */
    private record Said(MessageSource messages, Locale page) implements StakesTables.TimelineWords {

        private String say(String key, Object... arguments) {
            return messages.getMessage(key, arguments, page);
        }

        private static String quoted(String text) {
            return "\u201c" + text + "\u201d";
        }

        @Override
        public String title() {
            return say("policyWords.timelineTitle");
        }

        @Override
        public String kind(PolicyTimeline.Kind kind) {
            return say("timelineKind." + kind.name());
        }

        @Override
        public String topic(PolicyTopic topic) {
            return say("topic." + topic.name());
        }

        @Override
        public String both() {
            return say("policyTimeline.both");
        }

        @Override
        public String what(PolicyTimeline.Entry e) {
            PolicyTimeline.Parts w = e.parts();
            StringBuilder said = new StringBuilder();
            if (e.ask() != null && e.side() != null && w.addressee() != null) {
                said.append(say("policyWords.askOf", "A" + e.ask(), e.side().value(), w.addressee().value())).append(": ");
            }
            if (w.rate() != null) {
                said.append(say("policyWords.rateOn", Figures.ratePercent(w.rate(), page))).append(' ');
            }
            if (w.order() != null) {
                said.append(say("policyWords.order", say("policyWords.orderKind." + w.order().name()), String.valueOf(w.caseNumber())))
                        .append(": ");
            }
            said.append(w.quotedVi() != null ? w.quotedVi() : quoted(w.quoted()));
            if (w.until() != null) {
                said.append(' ').append(say("policyWords.until", Figures.date(w.until(), page)));
            }
            return said.toString();
        }

        @Override
        public String detail(String detail) {
            return quoted(detail);
        }
    }
}
