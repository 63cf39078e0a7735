package org.bilateral.policy.measures;

import java.util.List;
import java.util.Map;
import org.bilateral.shared.CountryCode;

/**
 * The Export Administration Regulations' country groups (Supplement No. 1 to Part 740): each group's name and the
 * groups each country is in, as of the date the parse was made.
 */
public record ExportControlGroups(String source, String url, String asOf, Map<String, String> labels,
                                  Map<CountryCode, List<String>> membership) {

    public List<String> groupsOf(CountryCode country) {
        return membership.getOrDefault(country, List.of());
    }

    /** The countries in a group, by code. */
    public List<CountryCode> members(String group) {
        return membership.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey).sorted(
                java.util.Comparator.comparing(CountryCode::value)).toList();
    }
}
