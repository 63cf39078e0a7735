package org.bilateral.reference.web;

import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.reference.ReferenceLoader;
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
        model.addAttribute("countries", countries.byName(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("location", loader.configuredLocation());
        return "reference/reference";
    }
}
