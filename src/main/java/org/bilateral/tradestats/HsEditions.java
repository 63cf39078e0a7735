package org.bilateral.tradestats;

import java.util.List;
import java.util.Map;

/**
 * The HS edition a screen's products are in, and what it did with the years reported in an older one: products are shown
 * in HS 2022; a subheading an older edition's correlation table sends whole to one HS 2022 subheading is counted under it;
 * a split one stays under its own code, its shares in the new codes unknown.
 *
 * @param shown the edition products are shown in (2022)
 * @param older the older editions among the statistics shown, oldest first; empty when all are HS 2022
 */
public record HsEditions(int shown, List<Older> older) {

    /**
     * @param renumbered older subheading to the HS 2022 subheading it was counted under, where the number changed
     * @param split      older subheadings split in HS 2022, shown under their own code
     */
    public record Older(int revision, int firstYear, int lastYear, Map<String, String> renumbered, List<String> split) {

        public String years() {
            return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
        }

        /** The split codes as a list to read: at most eight, then how many more. */
        public String splitShown() {
            int shown = Math.min(split.size(), 8);
            return String.join(", ", split.subList(0, shown)) + (split.size() > shown ? " … (+" + (split.size() - shown) + ")" : "");
        }

        /** Editions before HS 2012 have no correlation table here: their codes are as reported. */
        public boolean correlated() {
            return revision >= 2012;
        }
    }

    /** In English, for the command line and downloads: "HS 2022; 2019–2021 reported in HS 2017: 2 codes …". */
    public String describe() {
        StringBuilder s = new StringBuilder("HS " + shown);
        for (Older o : older) {
            s.append("; ").append(o.years()).append(" reported in HS ").append(o.revision()).append(": ");
            if (!o.correlated()) {
                s.append("codes as reported (no correlation table before HS 2012)");
                continue;
            }
            s.append(o.renumbered().size()).append(o.renumbered().size() == 1 ? " code" : " codes")
                    .append(" carried to a new HS 2022 number, ").append(o.split().size())
                    .append(" split in HS 2022 and shown under the old code, share unknown");
            if (!o.split().isEmpty()) {
                s.append(" (").append(o.splitShown()).append(')');
            }
        }
        return s.toString();
    }
}
