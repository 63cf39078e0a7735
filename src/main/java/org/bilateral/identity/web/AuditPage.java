package org.bilateral.identity.web;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit trail: who changed what, newest first. Nothing on it changes an entry. */
@Controller
class AuditPage {

    static final int SHOWN = 500;

    private final AuditTrail audit;

    AuditPage(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) @Nullable String user, @RequestParam(required = false) @Nullable String since,
                 Model model) {
        String who = user == null || user.isBlank() ? null : user.strip();
        @Nullable Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = LocalDate.parse(since.strip()).atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInput("since", Said.of("refusal.commitments.notADate", org.bilateral.shared.Limits.shown(since)));
            }
        }
        model.addAttribute("entries", audit.entries(who, from, SHOWN));
        model.addAttribute("user", who);
        model.addAttribute("since", since);
        model.addAttribute("shown", SHOWN);
        return "identity/audit";
    }
}
