package org.bilateral.risk.web;

import java.util.List;
import org.bilateral.risk.ProductView;
import org.bilateral.risk.RiskForms;
import org.bilateral.risk.Screen;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.WatchForm;
import org.bilateral.risk.WatchList;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screen, a product and the watch list as JSON, with the pages' parameters; a REST controller of its own, so that
 * refusals are answered with a problem detail as the API's others are, never a page.
 */
@RestController
class RiskApi {

    private final TransshipmentScreen screens;
    private final WatchList watchList;

    RiskApi(TransshipmentScreen screens, WatchList watchList) {
        this.screens = screens;
        this.watchList = watchList;
    }

    @GetMapping("/api/risk/screen")
    Screen screen(RiskForms form) {
        return screens.screen(form.request(screens));
    }

    @GetMapping("/api/risk/products/{code}")
    ProductView product(@PathVariable String code, RiskForms form) {
        return screens.product(form.request(screens), RiskForms.product(code));
    }

    @GetMapping("/api/risk/watch")
    List<WatchList.Watched> watched() {
        return watchList.list();
    }

    @PostMapping("/api/risk/watch")
    WatchList.Watched watch(@RequestBody WatchForm form, Authentication user) {
        return watchList.watch(form.command(), user.getName());
    }
}
