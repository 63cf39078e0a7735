package org.bilateral.tariffs;

import java.util.List;
import org.bilateral.shared.HsCode;

/**
 * The two halves of a schedule the talks speak of. AGRICULTURAL is the WTO Agreement on Agriculture's Annex 1: HS
 * chapters 01–24 less fish and fish products (chapter 03, headings 05.08, 05.09, 15.04, 16.03–16.05, taken whole as the
 * contract of issue 33 takes them), plus 2905.43 (mannitol), 2905.44 (sorbitol), 33.01 (essential oils), 35.01–35.05
 * (casein, albumins, gelatin, peptones, starches), 3809.10 (finishing agents with a starch base), 38.23 (fatty acids and
 * alcohols), 3824.60 (sorbitol n.e.s.), 41.01–41.03 (raw hides and skins), 43.01 (raw furskins), 50.01–50.03 (raw silk),
 * 51.01–51.03 (wool and animal hair), 52.01–52.03 (raw cotton), 53.01 (raw flax) and 53.02 (raw hemp). INDUSTRIAL is every
 * other line (the WTO's non-agricultural market access).
 */
public enum ProductScope {
    AGRICULTURAL, INDUSTRIAL;

    /** Fish and fish products in chapters 01–24: outside Annex 1. */
    private static final List<String> FISH = List.of("03", "0508", "0509", "1504", "1603", "1604", "1605");
    /** Annex 1's codes beyond chapter 24. */
    private static final List<String> BEYOND_24 = List.of("290543", "290544", "3301", "3501", "3502", "3503", "3504", "3505",
            "380910", "3823", "382460", "4101", "4102", "4103", "4301", "5001", "5002", "5003", "5101", "5102", "5103", "5201",
            "5202", "5203", "5301", "5302");

    /**
     * Whether the code lies wholly in this scope. An 8-digit line always lies in one of the two; a coarser code that
     * straddles the boundary (chapter 29, heading 38.09) lies wholly in neither, and is covered by neither.
     */
    public boolean covers(HsCode code) {
        return switch (this) {
            case AGRICULTURAL -> agricultural(code.digits());
            case INDUSTRIAL -> industrial(code.digits());
        };
    }

    private static boolean agricultural(String digits) {
        if (within(digits, BEYOND_24)) {
            return true;
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        return chapter >= 1 && chapter <= 24 && !within(digits, FISH) && !holds(digits, FISH);
    }

    private static boolean industrial(String digits) {
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter >= 1 && chapter <= 24) {
            return within(digits, FISH);
        }
        return !within(digits, BEYOND_24) && !holds(digits, BEYOND_24);
    }

    /** The code is one of the listed codes or lies under one. */
    private static boolean within(String digits, List<String> listed) {
        return listed.stream().anyMatch(digits::startsWith);
    }

    /** A listed code lies under the code, coarser than it (chapter 16 holds 16.04). */
    private static boolean holds(String digits, List<String> listed) {
        return listed.stream().anyMatch(l -> l.length() > digits.length() && l.startsWith(digits));
    }
}
