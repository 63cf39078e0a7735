package org.bilateral.policy;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.workbench.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The asks register on the web: the list by side and topic, one ask with its positions, CSV and XLSX, and the JSON API. */
@Controller
class AskPages {

    private final Asks asks;

    AskPages(Asks asks) {
        this.asks = asks;
    }

    private List<Asks.Ask> chosen(String topic, String side) {
        return asks.list(topic == null || topic.isBlank() ? null : PolicyTopic.parse(topic),
                side == null || side.isBlank() ? null : CountryCode.of(side));
    }

    @GetMapping("/asks")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String side, Model model) {
        model.addAttribute("asks", chosen(topic, side));
        model.addAttribute("topics", PolicyTopic.values());
        model.addAttribute("topic", topic);
        model.addAttribute("side", side);
        return "policy/asks";
    }

    @GetMapping("/asks.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, @RequestParam(required = false) String topic,
                                    @RequestParam(required = false) String side) {
        return Downloads.of(AskTables.register(chosen(topic, side)), "asks", type);
    }

    @GetMapping("/asks/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("ask", asks.ask(Asks.number(id)));
        model.addAttribute("statuses", AskStatus.values());
        return "policy/ask";
    }

    /** An ask as a form or a JSON body gives it: text, checked when it becomes a command. */
    record AskForm(String side, String addressee, String topic, String statement) {

        Asks.OpenAsk command() {
            return new Asks.OpenAsk(country(side, "side"), country(addressee, "addressee"),
                    topic == null || topic.isBlank() ? null : field("topic", () -> PolicyTopic.parse(topic)), statement);
        }
    }

    /** A position as a form or a JSON body gives it. */
    record PositionForm(String saidOn, String who, String whereSaid, String quote, String answer, String sourceUrl, String note) {

        Asks.TakePosition command(long askId) {
            LocalDate date;
            try {
                date = saidOn == null || saidOn.isBlank() ? null : LocalDate.parse(saidOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("said on", Limits.shown(saidOn) + " is not a date (YYYY-MM-DD)");
            }
            return new Asks.TakePosition(askId, date, who, whereSaid, quote, answer, sourceUrl, note);
        }
    }

    /** A value parsed from a form field; what cannot be parsed is refused by the field's name. */
    private static <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, e.getMessage());
        }
    }

    private static CountryCode country(String text, String name) {
        return text == null || text.isBlank() ? null : field(name, () -> CountryCode.of(text.strip().toUpperCase(Locale.ROOT)));
    }

    /** Who entered a position on the web, as its source says. */
    private static String enteredBy(Authentication user) {
        return "entered by " + user.getName();
    }

    @PostMapping("/asks")
    String open(AskForm form) {
        return "redirect:/asks/A" + asks.open(form.command()).id();
    }

    @PostMapping("/asks/{id}/positions")
    String take(@PathVariable String id, PositionForm form, Authentication user) {
        long ask = Asks.number(id);
        asks.take(form.command(ask), enteredBy(user));
        return "redirect:/asks/A" + ask;
    }

    @PostMapping("/asks/{id}/status")
    String status(@PathVariable String id, @RequestParam(required = false) String status) {
        long ask = Asks.number(id);
        asks.setStatus(ask, field("status", () -> AskStatus.parse(status == null ? "" : status)));
        return "redirect:/asks/A" + ask;
    }

    @PostMapping("/api/asks")
    @ResponseBody
    ResponseEntity<Asks.Ask> apiOpen(@RequestBody AskForm form) {
        Asks.Ask opened = asks.open(form.command());
        return ResponseEntity.created(URI.create("/api/asks/" + opened.id())).body(opened);
    }

    @PostMapping("/api/asks/{id}/positions")
    @ResponseBody
    Asks.Ask apiTake(@PathVariable String id, @RequestBody PositionForm form,
                     Authentication user) {
        long ask = Asks.number(id);
        return asks.take(form.command(ask), enteredBy(user));
    }

    @PostMapping("/api/asks/{id}/status")
    @ResponseBody
    Asks.Ask apiStatus(@PathVariable String id, @RequestBody Map<String, String> body) {
        return asks.setStatus(Asks.number(id), field("status", () -> AskStatus.parse(body.getOrDefault("status", ""))));
    }

    @GetMapping("/api/asks")
    @ResponseBody
    List<Asks.Ask> api(@RequestParam(required = false) String topic, @RequestParam(required = false) String side) {
        return chosen(topic, side);
    }

    @GetMapping("/api/asks/{id}")
    @ResponseBody
    Asks.Ask apiOne(@PathVariable String id) {
        return asks.ask(Asks.number(id));
    }
}
