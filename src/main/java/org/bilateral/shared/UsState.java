package org.bilateral.shared;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A US state (or DC, or a territory) by its USPS code, the one key Bilateral uses for a state everywhere: the Census
 * state figures, the members of Congress and where a seller produces all name a state so. The codes are the USPS ones
 * Census's {@code state.txt} lists; a state's name is the reference data's ({@code hill.UsStates}). Census's
 * {@code XX} (a state it could not identify) is not a state and is refused here.
 */
public record UsState(String usps) implements Comparable<UsState> {

    /** The fifty states, DC, and the five inhabited territories and the Minor Outlying Islands, as USPS codes them. */
    private static final Set<String> CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
            "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "UM",
            "VI");

    public UsState {
        if (usps == null || !CODES.contains(usps)) {
            throw new InvalidValue("refusal.shared.notAUsState",
                    usps == null ? Said.of("refusal.shared.nothing") : Said.asWritten(Limits.shown(usps)));
        }
    }

    /** The state a user or a file wrote, in any case and with spaces around it. */
    public static UsState of(@Nullable String usps) {
        if (usps == null) {
            throw new InvalidValue("refusal.shared.notAUsState", Said.of("refusal.shared.nothing"));
        }
        return new UsState(usps.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether a code is a state's (Census's {@code XX} is not). */
    public static boolean isState(@Nullable String usps) {
        return usps != null && CODES.contains(usps);
    }

    /** Every state, DC and territory, by code: what a form offers to choose from. */
    public static java.util.List<UsState> all() {
        return CODES.stream().sorted().map(UsState::new).toList();
    }

    @Override
    public int compareTo(UsState other) {
        return usps.compareTo(other.usps);
    }

    @Override
    public String toString() {
        return usps;
    }
}
