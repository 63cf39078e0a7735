package org.bilateral.risk.web;

import org.bilateral.risk.ProductChart;
import org.bilateral.risk.ProductView;
import org.bilateral.risk.RiskForms;
import org.bilateral.risk.RiskTables;
import org.bilateral.risk.Screen;
import org.bilateral.risk.SignalKind;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Phrases;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The transshipment screen and a product's page on the web, and their downloads. */
@Controller
class RiskPages {

    private final TransshipmentScreen screens;

    private final Notices notices;
    private final Phrases phrases;
    private final JsonMapper json;

    RiskPages(TransshipmentScreen screens, JsonMapper json, Notices notices, Phrases phrases) {
        this.phrases = phrases;

        this.notices = notices;
        this.screens = screens;
        this.json = json;
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

    @GetMapping("/risk/products/{code:[0-9.]+}")
    String product(@PathVariable String code, RiskForms form, Model model) {
        ProductView view = screens.product(form.request(screens), RiskForms.product(code));
        model.addAttribute("view", view);
        model.addAttribute("table", RiskTables.product(view));
        model.addAttribute("chart", json.writeValueAsString(ProductChart.of(view, notices::say, phrases::say)));
        return "risk/product";
    }

    @GetMapping("/risk/products/{code:[0-9.]+}.{type:csv|xlsx}")
    ResponseEntity<byte[]> productDownload(@PathVariable String code, @PathVariable String type, RiskForms form) {
        return Downloads.of(RiskTables.product(screens.product(form.request(screens), RiskForms.product(code))), "product-" + code, type);
    }
}
