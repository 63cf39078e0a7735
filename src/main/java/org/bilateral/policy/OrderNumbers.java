package org.bilateral.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.reference.HsRevisions;
import org.bilateral.reference.Nomenclature;
import org.springframework.stereotype.Component;

/**
 * An order's HTS numbers as the statistics hold them. A notice prints the HTS of its year, and statistics are counted in
 * HS 2022 (older subheadings sent whole to one HS 2022 subheading are stored under it, see HsRevisions): so a number of
 * an older edition is matched under its HS 2022 subheading where it was carried whole, and as printed where it was split
 * (the trade under its own number is found, its share in the new codes is not) or where no table reaches its edition.
 * The edition is the one in force on the order's date; an order without a date is matched as printed.
 */
@Component
class OrderNumbers {

    private final HsRevisions revisions;
    private final Nomenclature nomenclature;

    OrderNumbers(HsRevisions revisions, Nomenclature nomenclature) {
        this.revisions = revisions;
        this.nomenclature = nomenclature;
    }

    /**
     * @param digits by printed number, the digits matched against the statistics
     * @param notes  what a reader is told about numbers of an older edition, one sentence each
     */
    record Matched(Map<String, String> digits, List<String> notes) {
    }

    Matched of(List<AntidumpingOrder> orders) {
        Map<String, String> digits = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (AntidumpingOrder o : orders) {
            LocalDate ordered = o.orderDate();
            int revision = ordered == null ? HsRevisions.CURRENT : HsRevisions.revisionOfYear(ordered.getYear());
            for (HtsNumber n : o.codes()) {
                String matched = n.digits();
                if (ordered != null && revision < HsRevisions.CURRENT && n.digits().length() >= 6) {
                    String subheading = n.digits().substring(0, 6);
                    String where = "HTS " + n.printed() + " of " + o.caseNumber() + " (order of " + ordered.getYear()
                            + ", HS " + revision + ")";
                    HsRevisions.Carried c = revisions.carry(revision, subheading);
                    switch (c.fate()) {
                        case RENUMBERED -> {
                            matched = c.shownAs() + n.digits().substring(6);
                            notes.add(where + " is counted under HS 2022 subheading " + c.shownAs() + ", which took all of "
                                    + subheading + ".");
                        }
                        // the sentence first, the codes after its one colon: a page says the sentence in its language
                        // (one phrase, its figures as arguments) and the order's and the new codes as they are
                        case SPLIT -> notes.add("Subheading " + subheading + " of an order of " + ordered.getYear() + " (HS " + revision
                                + ") was split in HS 2022, and only trade reported under " + subheading + " is counted, its share of "
                                + "the new codes unknown: " + o.caseNumber() + ", HTS " + n.printed() + " → "
                                + String.join(", ", c.hs2022().subList(0, Math.min(6, c.hs2022().size())))
                                + (c.hs2022().size() > 6 ? " (+" + (c.hs2022().size() - 6) + ")" : ""));
                        case UNKNOWN -> {
                            if (nomenclature.description(subheading).isEmpty()) {
                                notes.add(where + ": " + (revision < 2012 ? "no correlation table before HS 2012 is held"
                                        : "not in the correlation table") + ", and " + subheading
                                        + " is no HS 2022 subheading: statistics in HS 2022 hold no trade under it.");
                            }
                        }
                        case SAME -> { }
                    }
                }
                digits.put(n.printed(), matched);
            }
        }
        return new Matched(digits, List.copyOf(new LinkedHashSet<>(notes)));
    }
}
