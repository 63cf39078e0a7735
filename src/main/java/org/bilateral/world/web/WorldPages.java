package org.bilateral.world.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.world.WorldHub;
import org.bilateral.world.WorldRun;
import org.bilateral.world.WorldRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The World page: a run's hubs ranked by rerouting bound and by the Freund test, and a hub's products with their signals. */
@Controller
class WorldPages {

    /** The two rankings a reader sorts the hubs by. */
    static final String BY_BOUND = "bound";
    static final String BY_FREUND = "freund";

    private final WorldRuns runs;

    WorldPages(WorldRuns runs) {
        this.runs = runs;
    }

    /** The latest run, or the page saying how to make one. */
    @GetMapping("/world")
    String latest(@RequestParam(required = false) @Nullable String by, Model model) {
        List<WorldRun> all = runs.runs();
        model.addAttribute("runs", all);
        if (all.isEmpty()) {
            model.addAttribute("own", runs.own());
            return "world/world";
        }
        return show(all.get(0), all, by, model);
    }

    @GetMapping("/world/runs/{id:[0-9]{1,18}}")
    String run(@PathVariable long id, @RequestParam(required = false) @Nullable String by, Model model) {
        WorldRun run = runs.run(id);
        return show(run, runs.runs(), by, model);
    }

    @GetMapping("/world/runs/{id:[0-9]{1,18}}/hubs/{hub}")
    String hub(@PathVariable long id, @PathVariable String hub, Model model) {
        WorldRun run = runs.run(id);
        CountryCode code = InvalidInput.country(hub, "hub");
        if (code == null) {
            throw new InvalidInput("hub", org.bilateral.shared.Said.of("refusal.world.missing"));
        }
        WorldHub found = runs.hub(run, code);
        model.addAttribute("run", run);
        model.addAttribute("hub", found);
        model.addAttribute("products", runs.products(run, found));
        model.addAttribute("own", runs.own());
        return "world/hub";
    }

    private String show(WorldRun run, List<WorldRun> all, @Nullable String by, Model model) {
        String sort = BY_FREUND.equals(by) ? BY_FREUND : BY_BOUND;
        List<WorldHub> hubs = runs.hubs(run);
        if (sort.equals(BY_FREUND)) {
            hubs = hubs.stream().sorted(Comparator.comparingInt(WorldHub::freundRank)
                    .thenComparing((WorldHub h) -> h.boundRank() == null ? Integer.MAX_VALUE : h.boundRank()).thenComparing(WorldHub::hub)).toList();
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("runs", all);
        model.addAttribute("run", run);
        model.addAttribute("hubs", hubs);
        model.addAttribute("by", sort);
        model.addAttribute("sortBound", BY_BOUND);
        model.addAttribute("sortFreund", BY_FREUND);
        model.addAttribute("own", runs.own());
        model.addAttribute("standing", WorldRuns.standing(run, hubs, runs.own()).map(s -> runs.line(s, locale)).orElse(null));
        return "world/world";
    }
}
