package org.bilateral.risk;

import org.bilateral.workbench.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The transshipment screen on the web, its downloads and its JSON. */
@Controller
class RiskPages {

    private final TransshipmentScreen screens;

    RiskPages(TransshipmentScreen screens) {
        this.screens = screens;
    }

    @GetMapping("/risk")
    String screen(RiskForms form, Model model) {
        Screen screen = screens.screen(form.request(screens));
        model.addAttribute("screen", screen);
        model.addAttribute("table", RiskTables.screen(screen));
        model.addAttribute("kinds", SignalKind.values());
        return "risk/screen";
    }

    @GetMapping("/risk.{type:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String type, RiskForms form) {
        return Downloads.of(RiskTables.screen(screens.screen(form.request(screens))), "transshipment-screen", type);
    }

    @GetMapping("/api/risk/screen")
    @ResponseBody
    Screen api(RiskForms form) {
        return screens.screen(form.request(screens));
    }
}
