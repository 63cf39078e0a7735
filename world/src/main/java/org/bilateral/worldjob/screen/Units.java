package org.bilateral.worldjob.screen;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.ComtradeQuantityUnits;

/**
 * Comtrade's quantity unit codes in the common words the workbench compares units in: the abbreviation of
 * {@link ComtradeQuantityUnits}, then {@code risk/QuantityUnits.common}, as the workbench's import and screen take them.
 * QuantityUnits is package-private to the workbench's risk capability and {@link org.bilateral.risk.WorldRoutes} (the
 * module's one door into it) does not pass it on, so it is asked by reflection, once, for the dozen codes there are,
 * rather than its table copied here where the two could drift apart.
 */
final class Units {

    /** Comtrade's unit codes run from 1 to 13 (1 "no quantity"); any code up to this is asked. */
    private static final int HIGHEST_CODE = 99;

    private Units() {
    }

    static Map<Integer, String> commonByComtradeCode() {
        Method common;
        try {
            common = Class.forName("org.bilateral.risk.QuantityUnits").getDeclaredMethod("common", String.class);
            common.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the workbench's QuantityUnits.common(String) is not in the jar: " + e, e);
        }
        Map<Integer, String> units = new HashMap<>();
        for (int code = 0; code <= HIGHEST_CODE; code++) {
            Optional<String> abbreviation = ComtradeQuantityUnits.abbreviation(String.valueOf(code));
            if (abbreviation.isEmpty()) {
                continue;
            }
            try {
                Object answer = common.invoke(null, abbreviation.get());
                if (answer instanceof Optional<?> o && o.isPresent()) {
                    units.put(code, String.valueOf(o.get()));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("QuantityUnits.common(\"" + abbreviation.get() + "\") failed: " + e, e);
            }
        }
        return Map.copyOf(units);
    }
}
