package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.util.List;

/** The lowest rate any agreement gives a line, and the agreements that give it (in {@link Agreement} order). */
public record BestPreference(BigDecimal ratePercent, List<Agreement> agreements) {

    public BestPreference {
        agreements = List.copyOf(agreements);
    }
}
