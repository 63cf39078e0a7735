package org.bilateral.risk;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units of quantity as two statistics offices write them, made comparable: the US Census writes "KG", "NO", "PRS";
 * UN Comtrade "kg", "u", "2u". Units not listed are compared as written, letter case aside; "X" and "N/A" are no unit.
 */
final class QuantityUnits {

    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("kg", "kg"), Map.entry("kgm", "kg"),
            Map.entry("no", "items"), Map.entry("u", "items"), Map.entry("nmb", "items"),
            Map.entry("prs", "pairs"), Map.entry("2u", "pairs"), Map.entry("pr", "pairs"),
            Map.entry("doz", "dozens"), Map.entry("12u", "dozens"),
            Map.entry("m2", "m²"), Map.entry("m²", "m²"), Map.entry("m3", "m³"), Map.entry("m³", "m³"),
            Map.entry("l", "litres"), Map.entry("ltr", "litres"), Map.entry("t", "tonnes"), Map.entry("ton", "tonnes"),
            Map.entry("m", "metres"), Map.entry("carat", "carats"), Map.entry("ct", "carats"));

    private QuantityUnits() {
    }

    /** The unit in common words; empty for no unit. */
    static Optional<String> common(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String key = unit.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.equals("x") || key.equals("n/a") || key.equals("-")) {
            return Optional.empty();
        }
        return Optional.of(COMMON.getOrDefault(key, key));
    }
}
