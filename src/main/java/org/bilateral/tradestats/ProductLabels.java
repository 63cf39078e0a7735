package org.bilateral.tradestats;

import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.HsLevel;
import org.springframework.stereotype.Component;

/** Names a product group the way a negotiator reads it: "84 Machinery…", "Aircraft and parts". */
@Component
class ProductLabels {

    private final Nomenclature nomenclature;

    ProductLabels(Nomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    String label(HsLevel level, String code) {
        return switch (level) {
            case TOTAL -> "All products";
            case SECTION -> nomenclature.section(code).map(s -> s.numeral() + " " + s.name())
                    .orElse("Special classifications");
            case SECTOR -> nomenclature.sector(code).map(s -> s.name()).orElse(code);
            default -> code + " " + nomenclature.description(code).orElse("(national or special code)");
        };
    }
}
