package org.bilateral.worldjob.screen;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bilateral.risk.WorldRoutes;
import org.bilateral.shared.ComtradeQuantityUnits;

/**
 * Comtrade's quantity unit codes in the common words the workbench compares units in: the abbreviation of
 * {@link ComtradeQuantityUnits}, then {@link WorldRoutes#commonUnit} (the workbench's {@code risk/QuantityUnits.common}),
 * as the workbench's import and screen take them, rather than its table copied here where the two could drift apart.
 */
final class Units {

    /** Comtrade's unit codes run from 1 to 13 (1 "no quantity"); any code up to this is asked. */
    private static final int HIGHEST_CODE = 99;

    private Units() {
    }

    static Map<Integer, String> commonByComtradeCode() {
        Map<Integer, String> units = new HashMap<>();
        for (int code = 0; code <= HIGHEST_CODE; code++) {
            Optional<String> abbreviation = ComtradeQuantityUnits.abbreviation(String.valueOf(code));
            if (abbreviation.isPresent()) {
                int comtrade = code;
                WorldRoutes.commonUnit(abbreviation.get()).ifPresent(common -> units.put(comtrade, common));
            }
        }
        return Map.copyOf(units);
    }
}
