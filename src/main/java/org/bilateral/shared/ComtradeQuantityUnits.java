package org.bilateral.shared;

import java.util.Map;
import java.util.Optional;

/**
 * UN Comtrade's supplementary quantity units by code, as the API abbreviates them (the WCO abbreviations), for bulk
 * files, which carry qtyUnitCode without qtyUnitAbbr. From UN Comtrade's reference tables as transcribed in
 * marek5050/HARMONIZED-CODES README.t.md (secondary); 1 is "no quantity" and -1 "not available": neither is a unit.
 * Read by the workbench's import and by the world screen ({@code world/}, compiled from this source), so both see the same
 * units; it uses nothing beyond the JDK for that reason.
 */
public final class ComtradeQuantityUnits {

    private static final Map<String, String> BY_CODE = Map.ofEntries(Map.entry("2", "m2"), Map.entry("3", "1000 kWh"),
            Map.entry("4", "m"), Map.entry("5", "u"), Map.entry("6", "2u"), Map.entry("7", "l"), Map.entry("8", "kg"),
            Map.entry("9", "1000u"), Map.entry("10", "U (jeu/pack)"), Map.entry("11", "12u"), Map.entry("12", "m3"),
            Map.entry("13", "carat"));

    private ComtradeQuantityUnits() {
    }

    /** The unit's abbreviation for a qtyUnitCode as a bulk file writes it; empty for codes that name no unit. */
    public static Optional<String> abbreviation(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
