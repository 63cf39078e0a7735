package org.bilateral.tradestats;

import org.bilateral.reference.Nomenclature;
import org.bilateral.reference.Sector;
import org.bilateral.shared.HsLevel;
import org.springframework.stereotype.Component;

/** Names a product group the way a negotiator reads it: "84 Machinery…", "Aircraft and parts". */
@Component
class ProductLabels {

    private final Nomenclature nomenclature;

    ProductLabels(Nomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    /** A not-allocated line's label: the code whose trade is held no finer than itself, by its level. */
    static String notAllocated(String code) {
        return switch (code.length()) {
            case 0 -> "Not allocated: no product named";
            case 2 -> "Not allocated: chapter " + code;
            case 4 -> "Not allocated: heading " + code;
            default -> "Not allocated: " + code;
        };
    }

    /** Every sector trade under a code may count in: what a not-allocated line of the code may belong to. */
    java.util.Set<String> sectorsUnder(String code) {
        return nomenclature.sectorsUnder(code);
    }

    String label(HsLevel level, String code) {
        return switch (level) {
            case TOTAL -> "All products";
            case SECTION -> nomenclature.section(code).map(s -> s.numeral() + " " + s.name())
                    .orElse("Special classifications");
            case SECTOR -> nomenclature.sector(code).map(s -> s.name()).orElseGet(() -> Sector.notAllocatedCode(code)
                    .map(ProductLabels::notAllocated).orElse(code));
            default -> code + " " + nomenclature.description(code).orElse("(national or special code)");
        };
    }
}
