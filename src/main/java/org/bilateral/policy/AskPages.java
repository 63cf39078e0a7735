package org.bilateral.policy;

import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.NotFound;
import org.bilateral.workbench.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The asks register on the web: the list by side and topic, one ask with its positions, CSV and XLSX, and the JSON API. */
@Controller
class AskPages {

    private final Asks asks;

    AskPages(Asks asks) {
        this.asks = asks;
    }

    /** An ask's number as people write it: "A3" or "3". */
    static long id(String text) {
        String digits = text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^A", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new NotFound("ask " + org.bilateral.shared.Limits.shown(text));
        }
        return Long.parseLong(digits);
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
        model.addAttribute("ask", asks.ask(id(id)));
        return "policy/ask";
    }

    @GetMapping("/api/asks")
    @ResponseBody
    List<Asks.Ask> api(@RequestParam(required = false) String topic, @RequestParam(required = false) String side) {
        return chosen(topic, side);
    }

    @GetMapping("/api/asks/{id}")
    @ResponseBody
    Asks.Ask apiOne(@PathVariable String id) {
        return asks.ask(id(id));
    }
}
