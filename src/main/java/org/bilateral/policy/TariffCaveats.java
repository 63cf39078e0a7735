package org.bilateral.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.doors.Figures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** What the tariff figures leave out, in the words the page, the command and the brief print under them. */
final class TariffCaveats {

    private TariffCaveats() {
    }

    /** What the duties and the partner's standing leave out, and what the statistics or reference data lack. */
    static List<String> ofStakes(CountryCode importer, CountryCode partner, List<TariffAction> actions, RatePath path,
                                 @Nullable Integer latest, boolean noDuties, boolean history, boolean noOtherSupplier) {
        List<String> leavesOut = new ArrayList<>(List.of(
                "Additional reciprocal duty only; MFN and Section 232 duties are not included.",
                "Goods exempted by Annex II, the agricultural products exempted from 2025-11-13 and the 0% list promised on "
                        + "2025-10-26 are charged here: their product lists are not in the reference data, so the duties are an "
                        + "upper bound.",
                "The rate on goods found transshipped" + transshipped(actions) + " is not applied: which goods customs found "
                        + "transshipped is not in the statistics.",
                "A month's imports are taken as spread evenly over its days, so a rate that changed on the 9th is charged on "
                        + "the month's value in proportion.",
                "Countries not in Annex I are shown at its 10% default, except China, Canada and Mexico: they were charged "
                        + "under other orders that are not in the reference data, so their rate is not shown."));
        if (latest == null) {
            leavesOut.add("No " + importer.value() + " import statistics from " + partner.value() + " are imported: no duties are estimated.");
        } else if (noDuties && !path.steps().isEmpty()) {
            leavesOut.add("The statistics end in " + latest + ", before the first rate (" + path.steps().get(0).from()
                    + "): there are no duties to estimate; the what-if charges a rate on a year before it.");
        }
        if (!history) {
            leavesOut.add("The reference data holds no dated tariff history for " + partner.value() + ": only its rate in the "
                    + "annex of 2025-07-31 is shown, and no duties are estimated.");
        }
        if (noOtherSupplier) {
            leavesOut.add("The statistics hold no other supplier's trade with " + importer.value()
                    + " in these products: import its imports from all partners to compare them.");
        }
        return leavesOut;
    }

    /** The rates on transshipped goods with their dates, an ended one with its end: " (40% from 2025-08-07 until 2026-02-20)". */
    static String transshipped(List<TariffAction> actions) {
        List<String> rates = actions.stream().filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS).map(a -> {
            LocalDate until = RatePath.until(a, actions);
            return StakesTables.percent(a.rate()) + " from " + a.effective() + (until == null ? "" : " until " + until);
        }).toList();
        return rates.isEmpty() ? "" : " (" + String.join("; ", rates) + ")";
    }

    /** What the what-if leaves out, and each code at zero that a line held only coarser may include. */
    static List<String> ofWhatIf(List<WhatIf.Unplaced> unplaced) {
        List<String> leavesOut = new ArrayList<>(List.of(
                "Additional reciprocal duty only; MFN and Section 232 duties are not included.",
                "Both rates are charged on the whole year's imports, as though in force all year; exemptions whose product lists "
                        + "are not in the reference data (Annex II, agricultural products) are charged."));
        for (WhatIf.Unplaced u : unplaced) {
            String held = switch (u.heldAt().length()) {
                case 0 -> "of the imports with no product named";
                case 2 -> "of chapter " + u.heldAt() + ", held only at HS2,";
                case 4 -> "of heading " + u.heldAt() + ", held only at HS4,";
                default -> "of " + u.heldAt() + ",";
            };
            leavesOut.add(u.zero().digits() + " at zero: " + Figures.usdAmount(u.importsUsd()) + " " + held
                    + " may include " + u.zero().digits() + " but cannot be placed in it: it is charged at the rate.");
        }
        return leavesOut;
    }
}
