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
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
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

    StakesPages(Stakes stakes, PolicyTimeline timeline, JsonMapper json, Notices notices) {

        this.notices = notices;
        this.stakes = stakes;
        this.timeline = timeline;
        this.json = json;
    }

    @GetMapping("/stakes")
    String stakes(StakesForms.StakesForm form, Model model) {
        StakesRequest request = form.request();
        TopicStakes result = stakes.of(request);
        model.addAttribute("request", request);
        model.addAttribute("topics", StakesRequest.TOPICS);
        model.addAttribute("stakes", result);
        model.addAttribute("tables", StakesTables.of(result));
        if (result instanceof TariffStakes t) {
            model.addAttribute("chart", json.writeValueAsString(TariffChart.of(t, notices::say)));
        }
        return "policy/stakes";
    }

    @GetMapping("/stakes.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, StakesForms.StakesForm form,
                                    @RequestParam(required = false) @Nullable String table) {
        StakesRequest request = form.request();
        TopicStakes result = stakes.of(request);
        // a table the stakes do not have is refused by the field that named it
        return Downloads.of(InvalidInput.field("table", () -> StakesTables.table(result, table == null ? "" : table)), "stakes-" + request.topic().code(), type);
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
    ResponseEntity<byte[]> timelineDownload(@PathVariable String type, StakesForms.TimelineForm form) {
        return Downloads.of(StakesTables.timeline(timeline.of(form.partnerCode(), form.filter())), "timeline", type);
    }
}
