package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;

/**
 * One national (8-digit) line of a schedule. mfnPercent is null when the MFN rate is not a number: mfnText then says
 * why (the 264 motor-vehicle lines whose rate the schedule refers to the conditions of Chapter 98). A tariff-quota line
 * holds its in-quota MFN rate and its out-of-quota rate ("40 (NHN: 80)"). generalText is the "thuế suất thông thường"
 * as printed. preferences are in {@link Agreement} order, one for each agreement the file prints.
 */
public record TariffLine(HsCode code, @Nullable BigDecimal mfnPercent, @Nullable String mfnText,
                         @Nullable BigDecimal outOfQuotaPercent, @Nullable String generalText, List<Preference> preferences) {

    public TariffLine {
        preferences = List.copyOf(preferences);
    }

    public boolean priced() {
        return mfnPercent != null;
    }

    /** The lowest rate any agreement gives (eligible, numeric), with the agreements that give it; empty when none. */
    public Optional<BestPreference> best() {
        BigDecimal lowest = null;
        List<Agreement> giving = new ArrayList<>();
        for (Preference p : preferences) {
            BigDecimal rate = p.ratePercent();
            if (!p.gives() || rate == null) {
                continue;
            }
            int c = lowest == null ? -1 : rate.compareTo(lowest);
            if (c < 0) {
                lowest = rate;
                giving.clear();
            }
            if (c <= 0) {
                giving.add(p.agreement());
            }
        }
        return lowest == null ? Optional.empty() : Optional.of(new BestPreference(lowest, giving));
    }

    /** The agreement's preference on this line, when the file prints its column. */
    public Optional<Preference> preference(Agreement agreement) {
        return preferences.stream().filter(p -> p.agreement() == agreement).findFirst();
    }

    /** The line's code as the schedule writes it: "0402.21.20". */
    public String dotted() {
        String d = code.digits();
        StringBuilder s = new StringBuilder(d.substring(0, Math.min(4, d.length())));
        for (int i = 4; i < d.length(); i += 2) {
            s.append('.').append(d, i, i + 2);
        }
        return s.toString();
    }
}
