package org.bilateral.extraction.web;

import org.jspecify.annotations.Nullable;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jakarta.servlet.http.HttpServletResponse;
import org.bilateral.shared.InputProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Uploads;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Paste or upload a press release, then review what was read from it, sentence by sentence. */
@Controller
class PressReleasePages {

    private final PressReleases pressReleases;
    private final Uploads uploads;
    private final MessageSource messages;
    private final org.bilateral.doors.Sayings sayings;

    private final org.bilateral.extraction.PressFeeds feeds;

    PressReleasePages(PressReleases pressReleases, org.bilateral.extraction.PressFeeds feeds, Uploads uploads, MessageSource messages) {
        this.feeds = feeds;
        this.sayings = new org.bilateral.doors.Sayings(messages);
        this.messages = messages;
        this.uploads = uploads;
        this.pressReleases = pressReleases;
    }

    @GetMapping("/press-releases")
    String list(Model model) {
        model.addAttribute("documents", pressReleases.documents());
        return "extraction/press-releases";
    }

    @PostMapping("/press-releases")
    String ingest(@RequestParam(name = "text", required = false) String text, @RequestParam(name = "name", required = false) String name,
                  @RequestParam(name = "file", required = false) MultipartFile file, Principal user) {
        PressRelease release;
        if (file != null && !file.isEmpty()) {
            try (Uploads.Upload upload = uploads.receive(file, PressRelease.LARGEST_FILE)) {
                release = PressRelease.of(upload.file(), upload.name());
            }
        } else if (text != null && !text.isBlank()) {
            release = new PressRelease(name == null || name.isBlank() ? "pasted text" : name.strip(), text);
        } else {
            throw new InvalidInput(Said.of("refusal.extraction.pasteOrChoose"));
        }
        PressReleases.Ingested in = pressReleases.ingest(release, user.getName());
        return "redirect:/press-releases/" + in.id();
    }

    @GetMapping("/press-releases/{id}")
    String review(@PathVariable long id, Model model) {
        PressReleases.Document doc = pressReleases.document(id);
        // the least certain first: where a reviewer's attention is worth most
        var proposals = pressReleases.leastCertainFirst(id);
        model.addAttribute("doc", doc);
        // where it was found: the outlets whose feeds carried it (none for a release given by hand)
        model.addAttribute("sources", feeds.sources(id));
        model.addAttribute("proposals", proposals);
        model.addAttribute("pieces", Highlights.of(doc.text(), proposals));
        model.addAttribute("numericFields", ProposalForm.NUMERIC);
        kinds(model);
        return "extraction/review";
    }

    @PostMapping("/press-releases/{id}/accept-all")
    String acceptAll(@PathVariable long id, Principal user) {
        pressReleases.acceptAll(id, user.getName());
        return "redirect:/press-releases/" + id;
    }

    /**
     * Accepts with the fields as the reviewer left them, and answers the review as it now stands for htmx to swap in
     * whole: accepting an event accepts its participants too, so their cards and the counts change with it.
     */
    @PostMapping("/proposals/{id}/accept")
    String accept(@PathVariable long id, @RequestParam Map<String, String> form, Principal user, Model model, Locale locale,
                  HttpServletResponse response) {
        PressReleases.Proposal p = pressReleases.proposal(id);
        try {
            pressReleases.accept(id, ProposalForm.corrections(p.fields(), form, "proposal " + id), user.getName());
        } catch (InvalidInput refused) {
            // Nothing was stored. The card comes back alone, with what the reviewer typed and each refusal by its field,
            // so the other cards keep whatever is being typed into them; 422 tells htmx to swap it in all the same.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            response.setHeader("HX-Retarget", "#proposal-" + id);
            response.setHeader("HX-Reselect", "#proposal-" + id);
            response.setHeader("HX-Reswap", "outerHTML");
            Map<String, String> typed = new LinkedHashMap<>();
            p.fields().keys().stream().filter(form::containsKey).forEach(k -> typed.put(k, form.get(k)));
            String now = pressReleases.proposal(id).status();
            List<Refused> refusals = refused.problems().stream().map(problem -> refused(p, now, problem, locale)).toList();
            model.addAttribute("p", p);
            model.addAttribute("typed", typed);
            model.addAttribute("refusals", refusals);
            model.addAttribute("refusedFields", refusals.stream().map(Refused::field).filter(Objects::nonNull).toList());
            model.addAttribute("numericFields", ProposalForm.NUMERIC);
            kinds(model);
            return "extraction/proposal :: proposal";
        }
        return review(p.pressReleaseId(), model);
    }

    /** The kinds a card's kind field offers, by the proposal's subject. */
    private static void kinds(Model model) {
        model.addAttribute("eventKinds", ProposalForm.EVENT_KINDS);
        model.addAttribute("organisationKinds", ProposalForm.ORGANISATION_KINDS);
    }

    /** One reason a proposal was not accepted, as its card says it: the field in the page's language and what it takes. */
    record Refused(@Nullable String field, @Nullable String label, String reason) {
    }

    /**
     * A problem said by its field's rule in the page's language ("round: a whole number from 1 to 999"); a problem of
     * no field of the card (a date the press release lacks) keeps the words the use case gave it. {@code now} is the
     * proposal's status read once after the refusal: decided meanwhile, it is the one reason given.
     */
    private Refused refused(PressReleases.Proposal p, String now, InputProblem problem, Locale locale) {
        String field = problem.field();
        if (!now.equals("proposed")) {
            // decided meanwhile, in another window or by another reviewer
            return new Refused(null, null, messages.getMessage("review.alreadyDecided",
                    new Object[] {messages.getMessage("proposalStatus." + now, null, now, locale)}, locale));
        }
        if (field == null || !p.fields().has(field)) {
            return new Refused(null, null, sayings.say(problem.what(), locale));
        }
        String rule = messages.getMessage("review.rule." + p.subjectCode() + "." + field, null, null, locale);
        if (rule == null) {
            rule = Objects.requireNonNullElse(messages.getMessage("review.rule." + field, null, problem.message(), locale), problem.message());
        }
        return new Refused(field, Objects.requireNonNullElse(messages.getMessage("field." + field, null, field, locale), field), rule);
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable long id, Principal user, Model model) {
        return review(pressReleases.reject(id, user.getName()).pressReleaseId(), model);
    }
}
