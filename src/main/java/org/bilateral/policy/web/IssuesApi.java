package org.bilateral.policy.web;

import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import java.util.List;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.policy.PolicyTopic;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each raising of a policy issue, as JSON; a refusal answers as the API's others do. */
@RestController
class IssuesApi {

    private final PolicyIssues issues;

    IssuesApi(PolicyIssues issues) {
        this.issues = issues;
    }

    @GetMapping("/api/issues")
    List<PolicyIssues.Raised> issues(@RequestParam(required = false) @Nullable String topic) {
        return issues.history(topic == null ? null : InvalidInput.field("topic", () -> PolicyTopic.parse(topic)));
    }
}
