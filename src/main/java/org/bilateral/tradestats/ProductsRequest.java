package org.bilateral.tradestats;

import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.jspecify.annotations.Nullable;

/** The largest products and the biggest movers in one year against the same months a year earlier. */
public record ProductsRequest(CountryCode reporter, CountryCode partner, HsLevel level, @Nullable Integer year, int top) {

    public ProductsRequest {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(partner, "partner");
        level = level == null ? HsLevel.CHAPTER : level;
        if (level == HsLevel.TOTAL) {
            throw new IllegalArgumentException("products need a product level (section, chapter, heading, subheading or sector)");
        }
        if (top < 0 || top > 200) {
            throw new IllegalArgumentException("top: " + top + " is not between 1 and 200");
        }
        top = top == 0 ? 10 : top;
    }
}
