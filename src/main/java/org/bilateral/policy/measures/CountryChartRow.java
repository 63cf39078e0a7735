package org.bilateral.policy.measures;

import java.util.List;
import java.util.Set;
import org.bilateral.shared.CountryCode;

/** One country's row of the Commerce Country Chart: the reasons for control a licence is required for, and footnotes. */
public record CountryChartRow(CountryCode country, String name, Set<String> reasons, List<String> footnotes) {

    /** The chart's columns in the order Commerce prints them: reasons of unknown name follow, as the file gives them. */
    public static final List<String> COLUMNS = List.of("CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1", "RS1", "RS2",
            "CC1", "CC2", "CC3", "AT1", "AT2", "FC1");
}
