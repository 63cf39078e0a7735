package org.bilateral.risk;

import org.jspecify.annotations.Nullable;

/** A product to watch as the product page's form and the API's JSON give it; the triangle defaults as the screen's does. */
public record WatchForm(@Nullable String origin, @Nullable String hub, @Nullable String destination, @Nullable String code,
                        @Nullable String note, @Nullable String ask, @Nullable String engagement) {

    public Triangle triangle() {
        return RiskForms.triangle(origin, hub, destination);
    }

    public WatchList.Watch command() {
        return new WatchList.Watch(triangle(), RiskForms.product(code), note, ask, engagementNumber());
    }

    /** The engagement's number as its page shows it (/engagements/12): a whole number, or nothing. */
    private @Nullable Long engagementNumber() {
        if (engagement == null || engagement.isBlank()) {
            return null;
        }
        String digits = engagement.strip();
        if (!digits.matches("[0-9]{1,12}")) {
            throw new org.bilateral.shared.InvalidInput("engagement", org.bilateral.shared.Limits.shown(digits)
                    + " is not an engagement's number (the number in its address, /engagements/12)");
        }
        return Long.parseLong(digits);
    }

}
