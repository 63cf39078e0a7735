package org.bilateral.policy.web;

import org.bilateral.policy.PolicyTimeline;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.TopicStakes;
import org.bilateral.policy.WhatIf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stakes, the what-if and the timeline as JSON, with the same parameters as the pages. */
@RestController
class StakesApi {

    private final Stakes stakes;
    private final PolicyTimeline timeline;

    StakesApi(Stakes stakes, PolicyTimeline timeline) {
        this.stakes = stakes;
        this.timeline = timeline;
    }

    @GetMapping("/api/stakes")
    TopicStakes stakes(StakesForms.StakesForm form) {
        return stakes.of(form.request());
    }

    @GetMapping("/api/tariffs/what-if")
    WhatIf.Result whatIf(StakesForms.WhatIfForm form) {
        return stakes.whatIf(form.command());
    }

    @GetMapping("/api/timeline")
    PolicyTimeline.Timeline timeline(StakesForms.TimelineForm form) {
        return timeline.of(form.partnerCode(), form.filter());
    }
}
