package org.bilateral.commitments.web;

import java.io.IOException;
import java.util.List;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.shared.CountryCode;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Targets, attainment and projection as JSON. */
@RestController
class TargetsApi {

    private final PurchaseTargets targets;
    private final Projections projections;

    TargetsApi(PurchaseTargets targets, Projections projections) {
        this.targets = targets;
        this.projections = projections;
    }

    @GetMapping("/api/targets")
    List<PurchaseTarget> targets() {
        return targets.targets();
    }

    /** Loads targets from YAML in the request body, as {@code bilateral targets load} does from a file. */
    @PostMapping(path = "/api/targets", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    PurchaseTargets.Loaded load(@RequestBody String yaml, Authentication user) throws IOException {
        return TargetPages.loadText(targets, yaml, user.getName());
    }

    @GetMapping("/api/targets/{code}/attainment")
    Attainment attainment(@PathVariable String code) {
        return targets.attainment(code);
    }

    @GetMapping("/api/projection")
    Projection projection(@RequestParam(defaultValue = "VN") String buyer, @RequestParam(defaultValue = "US") String seller,
                          @RequestParam(defaultValue = "partner_exports") String statistics) {
        return projections.project(CountryCode.of(buyer), CountryCode.of(seller), TargetPages.side(statistics));
    }
}
