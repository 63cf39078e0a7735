package org.bilateral.offers;

import java.math.BigDecimal;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;

/**
 * A line the offer covers whose MFN is not a number (Chapter 98 references): not priced, never taken as zero, with the
 * imports of the statistics' code it falls under (null when none is held).
 */
public record Unpriced(HsCode line, String mfnText, @Nullable BigDecimal importsOfCodeUsd) {
}
