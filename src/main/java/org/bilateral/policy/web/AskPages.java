package org.bilateral.policy.web;

import org.jspecify.annotations.Nullable;
import org.bilateral.policy.AskStatus;
import org.bilateral.policy.AskTables;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.WatchedProducts;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Uploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The asks register on the web: the list by side and topic, an asks file uploaded, one ask with its positions and forms,
 * CSV and XLSX.
 */
@Controller
class AskPages {

    private final Asks asks;
    private final Stakes stakes;
    private final java.util.List<WatchedProducts> watched;
    private final Uploads uploads;
    private final Notices notices;
    private final org.springframework.context.MessageSource messages;
    private final org.bilateral.doors.Sayings sayings;

    AskPages(Asks asks, Stakes stakes, java.util.List<WatchedProducts> watched, Uploads uploads, Notices notices,
             org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.sayings = new org.bilateral.doors.Sayings(messages);
        this.asks = asks;
        this.stakes = stakes;
        this.watched = watched;
        this.uploads = uploads;
        this.notices = notices;
    }

    @GetMapping("/asks")
    String list(@RequestParam(required = false) @Nullable String topic, @RequestParam(required = false) @Nullable String side, Model model) {
        model.addAttribute("asks", AskForms.chosen(asks, topic, side));
        model.addAttribute("topics", PolicyTopic.values());
        model.addAttribute("topic", topic);
        model.addAttribute("side", side);
        return "policy/asks";
    }

    /**
     * An asks file uploaded on the page, through the use case the command line uses: all its rows or none, a refusal shown
     * on the page by line and column, the upload off disk again whatever happened.
     */
    @PostMapping("/asks/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, java.util.Locale locale) {
        try (Uploads.Upload upload = uploads.receive(file, Asks.LARGEST_FILE)) {
            Asks.Imported i = asks.importFile(upload.file(), upload.name());
            model.addAttribute("notice", notices.say("notice.asksImported", i.fileName(), i.rows(), i.asksOpened(), i.positionsAdded(),
                    i.unchanged()));
        } catch (InvalidInput e) {
            model.addAttribute("problems", sayings.problems(e.problems(), locale));
        }
        return list(null, null, model);
    }

    @GetMapping("/asks.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, @RequestParam(required = false) @Nullable String topic,
                                    @RequestParam(required = false) @Nullable String side, java.util.Locale page) {
        java.util.List<Asks.Ask> chosen = AskForms.chosen(asks, topic, side);
        // a Vietnamese page's download says its title, topics and statuses as the page does; an English one as the CLI does
        return Downloads.of(!page.getLanguage().equals("vi") ? AskTables.register(chosen)
                : AskTables.register(chosen, messages.getMessage("asks.downloadTitle", null, page),
                        t -> messages.getMessage("topic." + t.name(), null, page), s -> messages.getMessage("askStatus." + s.name(), null, page)),
                "asks", type);
    }

    @GetMapping("/asks/{id}")
    String show(@PathVariable String id, Model model) {
        long number = Asks.number(id);
        Asks.Ask ask = asks.ask(number);
        if (ask.id() != number) {
            return "redirect:/asks/A" + ask.id();
        }
        model.addAttribute("ask", ask);
        model.addAttribute("alike", asks.alike(number));
        model.addAttribute("watched", watched.stream().flatMap(w -> w.citing(ask.id()).stream()).toList());
        model.addAttribute("beside", stakes.beside(ask).orElse(null));
        model.addAttribute("statuses", AskStatus.values());
        return "policy/ask";
    }

    @PostMapping("/asks")
    String open(AskForms.AskForm form) {
        return "redirect:/asks/A" + asks.open(form.command()).id();
    }

    @PostMapping("/asks/{id}/positions")
    String take(@PathVariable String id, AskForms.PositionForm form, Authentication user) {
        long ask = Asks.number(id);
        asks.take(form.command(ask), AskForms.enteredBy(user));
        return "redirect:/asks/A" + ask;
    }

    @PostMapping("/asks/{id}/merge")
    String merge(@PathVariable String id, @RequestParam(required = false) @Nullable String into, Authentication user) {
        long kept = asks.merge(Asks.number(id), Asks.number(into), user.getName()).id();
        return "redirect:/asks/A" + kept;
    }

    @PostMapping("/asks/{id}/statement-vi")
    String statementVi(@PathVariable String id, AskForms.StatementViForm form) {
        return "redirect:/asks/A" + asks.setStatementVi(Asks.number(id), form.statementVi()).id();
    }

    @PostMapping("/asks/{id}/status")
    String status(@PathVariable String id, @RequestParam(required = false) @Nullable String status) {
        long ask = Asks.number(id);
        asks.setStatus(ask, AskForms.status(status));
        return "redirect:/asks/A" + ask;
    }
}
