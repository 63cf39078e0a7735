package org.bilateral.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.policy.PolicyTopic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each policy issue with the history of its raising, as a page and as JSON. */
@Controller
class IssuesPages {

    private final PolicyIssues issues;

    IssuesPages(PolicyIssues issues) {
        this.issues = issues;
    }

    @GetMapping("/issues")
    String issues(Model model) {
        Map<PolicyTopic, List<PolicyIssues.Raised>> byTopic = new LinkedHashMap<>();
        for (PolicyTopic t : PolicyTopic.values()) {
            if (t.isIssue()) {
                byTopic.put(t, issues.history(t));
            }
        }
        model.addAttribute("byTopic", byTopic);
        return "policy/issues";
    }
}
