package org.bilateral.risk.web;

import org.bilateral.risk.RiskForms;
import org.bilateral.risk.WatchForm;
import org.bilateral.risk.WatchList;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The watch list on the web: the products followed, marking one, letting one go. */
@Controller
class WatchPages {

    private final WatchList watchList;

    WatchPages(WatchList watchList) {
        this.watchList = watchList;
    }

    @GetMapping("/risk/watch")
    String list(Model model) {
        model.addAttribute("watched", watchList.list());
        return "risk/watch";
    }

    @PostMapping("/risk/watch")
    String watch(WatchForm form, Authentication user) {
        watchList.watch(form.command(), user.getName());
        return "redirect:/risk/watch";
    }

    @PostMapping("/risk/watch/remove")
    String unwatch(WatchForm form) {
        watchList.unwatch(form.triangle(), RiskForms.product(form.code()));
        return "redirect:/risk/watch";
    }
}
