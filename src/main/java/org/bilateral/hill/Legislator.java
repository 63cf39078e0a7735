package org.bilateral.hill;

import java.time.LocalDate;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/**
 * A member of Congress in their current (or, for a former member, last) term.
 *
 * @param fullName the official name ("Bill Hagerty", "Robert C. \"Bobby\" Scott")
 * @param district the House district, 0 for an at-large seat or a delegate; null for a senator
 * @param caucus   the party an independent caucuses with, else null
 */
public record Legislator(BioguideId id, String fullName, String firstName, String lastName, @Nullable String nickname,
                         Chamber chamber, UsState state, @Nullable Integer district, String party, @Nullable String caucus,
                         LocalDate termStart, LocalDate termEnd, LocalDate firstInChamber, @Nullable String url) {

    /**
     * "Sen. Bill Hagerty (R-TN)", "Rep. Austin Scott (R-GA-8)", "Rep. Nick Begich (R-AK-AL)": the usual short label of
     * the US press, the name as the member is called (the nickname where there is one) with the last name.
     */
    public String label() {
        return (chamber == Chamber.SENATE ? "Sen. " : "Rep. ") + calledName() + " (" + partyState() + ")";
    }

    /** The name the member is called by: the nickname where there is one, with the last name ("Ted Cruz"). */
    public String calledName() {
        return (nickname != null ? nickname : firstName) + " " + lastName;
    }

    /** The party and the seat as the US press writes them: "R-TN" for a senator, "R-GA-8" or "R-AK-AL" for the House. */
    public String partyState() {
        String where = state.usps() + (chamber == Chamber.HOUSE && district != null ? "-" + (district == 0 ? "AL" : district) : "");
        return partyInitial() + "-" + where;
    }

    /** R, D or I; the first letter of any other party. */
    public String partyInitial() {
        return party.isEmpty() ? "?" : party.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }
}
