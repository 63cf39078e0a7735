package org.bilateral.tradestats;

import org.jspecify.annotations.Nullable;

/**
 * What a period is compared with a year earlier: those months (or that whole year), or why nothing.
 *
 * @param cover null when there is nothing like for like to compare with
 * @param blank why, null when there is a cover
 */
record Earlier(@Nullable Cover cover, Balance.@Nullable ChangeBlank blank) {

    static Earlier blank(Balance.ChangeBlank why) {
        return new Earlier(null, why);
    }
}
