package org.bilateral.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Sayings;
import org.bilateral.policy.RemedyDocuments;
import org.bilateral.policy.RemedyProposal;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Federal Register documents pulled, on one review list: each with its link, what it proposes and the order it
 * concerns, accepted (extending the orders or the tariff history) or dismissed by an editor.
 */
@Controller
class RemedyPages {

    private final RemedyDocuments documents;
    private final Notices notices;
    private final Sayings sayings;

    RemedyPages(RemedyDocuments documents, Notices notices, MessageSource messages) {
        this.documents = documents;
        this.notices = notices;
        this.sayings = new Sayings(messages);
    }

    @GetMapping("/policy/proposals")
    String list(Model model) {
        model.addAttribute("waiting", documents.waiting());
        model.addAttribute("decided", documents.decided());
        model.addAttribute("kinds", AntidumpingOrder.Kind.values());
        return "policy/proposals";
    }

    /** The accept form: the fields a new order or a tariff action takes; none for a document noted on an order. */
    record AcceptForm(@Nullable String caseNumber, @Nullable String kind, @Nullable String product, @Nullable String orderDate,
                      @Nullable String codes, @Nullable String effective, @Nullable String rate, @Nullable String appliesTo) {
    }

    @PostMapping("/policy/proposals/{number}/accept")
    String accept(@PathVariable String number, AcceptForm form, Authentication user, Model model, Locale locale) {
        RemedyProposal p = documents.proposal(number);
        try {
            if (p.proposed() == RemedyProposal.Proposed.TARIFF_ACTION) {
                documents.acceptTariff(number, new RemedyDocuments.TariffAcceptance(requiredDate("effective", form.effective()),
                        rate(form.rate()), text(form.appliesTo())), user.getName());
            } else if (p.addsOrder()) {
                documents.acceptOrder(number, new RemedyDocuments.OrderAcceptance(text(form.caseNumber()).toUpperCase(Locale.ROOT),
                        kind(form.kind()), text(form.product()), date("orderDate", form.orderDate(), false), codes(form.codes())), user.getName());
            } else {
                documents.acceptNote(number, user.getName());
            }
            model.addAttribute("notice", notices.say("notice.proposals.accepted", number));
        } catch (InvalidInput e) {
            model.addAttribute("problems", sayings.problems(e.problems(), locale));
        }
        return list(model);
    }

    @PostMapping("/policy/proposals/{number}/dismiss")
    String dismiss(@PathVariable String number, Authentication user) {
        documents.dismiss(number, user.getName());
        return "redirect:/policy/proposals";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, boolean required) {
        String v = text(value);
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, Said.of("refusal.policy.emptyDate"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Said.of("refusal.policy.notADateSuchAs", v));
        }
    }

    private static LocalDate requiredDate(String field, @Nullable String value) {
        LocalDate date = date(field, value, true);
        if (date == null) {
            throw new InvalidInput(field, Said.of("refusal.policy.emptyDate"));
        }
        return date;
    }

    private static @Nullable BigDecimal rate(@Nullable String value) {
        String v = text(value).replace("%", "").strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput("rate", Said.of("refusal.policy.notARatePercent", v));
        }
    }

    private static AntidumpingOrder.Kind kind(@Nullable String value) {
        String v = text(value);
        if (!v.equals("AD") && !v.equals("CVD")) {
            throw new InvalidInput("kind", Said.of("refusal.policy.notAdCvd", v));
        }
        return AntidumpingOrder.Kind.valueOf(v);
    }

    private static List<HtsNumber> codes(@Nullable String value) {
        List<HtsNumber> codes = new ArrayList<>();
        for (String printed : text(value).split("[\\s,;]+")) {
            if (!printed.isEmpty()) {
                codes.add(HtsNumber.parse(printed).orElseThrow(() -> new InvalidInput("codes", Said.of("refusal.policy.notHts", printed))));
            }
        }
        return codes;
    }
}
