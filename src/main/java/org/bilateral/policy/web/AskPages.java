package org.bilateral.policy.web;

import org.bilateral.policy.AskStatus;
import org.bilateral.policy.AskTables;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.WatchedProducts;
import org.bilateral.workbench.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The asks register on the web: the list by side and topic, one ask with its positions and forms, CSV and XLSX. */
@Controller
class AskPages {

    private final Asks asks;
    private final Stakes stakes;
    private final java.util.List<WatchedProducts> watched;

    AskPages(Asks asks, Stakes stakes, java.util.List<WatchedProducts> watched) {
        this.asks = asks;
        this.stakes = stakes;
        this.watched = watched;
    }

    @GetMapping("/asks")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String side, Model model) {
        model.addAttribute("asks", AskForms.chosen(asks, topic, side));
        model.addAttribute("topics", PolicyTopic.values());
        model.addAttribute("topic", topic);
        model.addAttribute("side", side);
        return "policy/asks";
    }

    @GetMapping("/asks.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, @RequestParam(required = false) String topic,
                                    @RequestParam(required = false) String side) {
        return Downloads.of(AskTables.register(AskForms.chosen(asks, topic, side)), "asks", type);
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
    String merge(@PathVariable String id, @RequestParam(required = false) String into, Authentication user) {
        long kept = asks.merge(Asks.number(id), Asks.number(into), user.getName()).id();
        return "redirect:/asks/A" + kept;
    }

    @PostMapping("/asks/{id}/status")
    String status(@PathVariable String id, @RequestParam(required = false) String status) {
        long ask = Asks.number(id);
        asks.setStatus(ask, AskForms.status(status));
        return "redirect:/asks/A" + ask;
    }
}
