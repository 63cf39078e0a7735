package org.bilateral.reference;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the sectors contain and which countries Bilateral knows, so a figure by sector can be checked. */
@Controller
class ReferencePage {

    private final Nomenclature nomenclature;
    private final CountryDirectory countries;
    private final ReferenceLoader loader;

    ReferencePage(Nomenclature nomenclature, CountryDirectory countries, ReferenceLoader loader) {
        this.nomenclature = nomenclature;
        this.countries = countries;
        this.loader = loader;
    }

    @GetMapping("/reference")
    String reference(Model model) {
        model.addAttribute("sectors", nomenclature.sectors());
        model.addAttribute("nomenclature", nomenclature);
        model.addAttribute("countries", countries.all().stream().sorted(Comparator.comparing(Country::name)).toList());
        model.addAttribute("location", loader.configuredLocation());
        return "reference/reference";
    }
}
