package org.bilateral.tradestats;

import java.util.List;
import java.util.Set;
import org.bilateral.reference.HsRevisions;
import org.bilateral.reference.Nomenclature;
import org.bilateral.reference.Sector;
import org.bilateral.shared.HsLevel;
import org.springframework.stereotype.Component;

/** Names a product group the way a negotiator reads it: "84 Machinery…", "Aircraft and parts". */
@Component
class ProductLabels {

    private final Nomenclature nomenclature;
    private final HsRevisions revisions;

    ProductLabels(Nomenclature nomenclature, HsRevisions revisions) {
        this.nomenclature = nomenclature;
        this.revisions = revisions;
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
    Set<String> sectorsUnder(String code) {
        return nomenclature.sectorsUnder(code);
    }

    String label(HsLevel level, String code) {
        return switch (level) {
            case TOTAL -> "All products";
            case SECTION -> nomenclature.section(code).map(s -> s.numeral() + " " + s.name())
                    .orElse("Special classifications");
            case SECTOR -> nomenclature.sector(code).map(s -> s.name()).orElseGet(() -> Sector.notAllocatedCode(code)
                    .map(ProductLabels::notAllocated).orElse(code));
            default -> code + " " + nomenclature.description(code).orElseGet(() -> notInHs2022(code));
        };
    }

    /**
     * A code the HS 2022 nomenclature does not have: a subheading of an older edition that HS 2022 split (kept under its
     * own code because the tables give no shares), or a national line or special code.
     */
    private String notInHs2022(String code) {
        // splitCode is empty for any code but a subheading
        return revisions.splitCode(code).map(c -> "(HS " + c.revision() + " code, split in HS 2022 into "
                + shown(c.hs2022()) + ": share of each unknown)").orElseGet(() -> nomenclature.describe(code));
    }

    private static String shown(List<String> codes) {
        int shown = Math.min(codes.size(), 4);
        return String.join(", ", codes.subList(0, shown)) + (codes.size() > shown ? " and " + (codes.size() - shown) + " more" : "");
    }
}
