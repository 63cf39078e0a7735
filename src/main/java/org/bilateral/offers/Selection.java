package org.bilateral.offers;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;

/**
 * What a part covers: listed HS codes (2–8 digits: chapters, headings, subheadings, lines) or a scope; optionally only
 * the lines whose MFN rate is at or below a ceiling ("everything at or below 5%").
 */
public record Selection(Scope scope, List<HsCode> codes, @Nullable BigDecimal mfnAtOrBelowPercent) {

    public Selection {
        codes = List.copyOf(codes);
    }
}
