package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Limits;
import org.jspecify.annotations.Nullable;

/**
 * A purchase target: the buyer is to buy so much of the seller's covered products each year, either in absolute terms or
 * above what it bought in the baseline year, as measured by the seller's exports, the buyer's imports, or both.
 */
public record PurchaseTarget(String code, String name, CountryCode buyer, CountryCode seller, int baselineYear, Basis basis,
                             Counts counts, List<CoveredProduct> products, SortedMap<Integer, BigDecimal> amounts, @Nullable String note) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    public enum Basis {
        ABSOLUTE, ABOVE_BASELINE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Basis parse(String text) {
            String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Basis b : values()) {
                if (b.name().equals(s)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown basis '" + text + "': use absolute or above-baseline");
        }
    }

    public enum Counts {
        PARTNER_EXPORTS, OUR_IMPORTS, BOTH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<StatisticsSide> sides() {
            return switch (this) {
                case PARTNER_EXPORTS -> List.of(StatisticsSide.PARTNER_EXPORTS);
                case OUR_IMPORTS -> List.of(StatisticsSide.OUR_IMPORTS);
                case BOTH -> List.of(StatisticsSide.PARTNER_EXPORTS, StatisticsSide.OUR_IMPORTS);
            };
        }

        public static Counts parse(String text) {
            String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Counts c : values()) {
                if (c.name().equals(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown statistics '" + text + "': use partner-exports, our-imports or both");
        }
    }

    /** A covered product in a named group: an HS chapter, heading or subheading, or a sector. */
    public record CoveredProduct(String group, HsLevel level, String code) {
        public CoveredProduct {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("a covered product needs its group's name");
            }
            group = group.strip();
        }

        public static CoveredProduct hs(String group, String digits) {
            HsLevel level = switch (digits.length()) {
                case 2 -> HsLevel.CHAPTER;
                case 4 -> HsLevel.HEADING;
                case 6 -> HsLevel.SUBHEADING;
                default -> throw new IllegalArgumentException(org.bilateral.shared.Limits.shown(digits) + ": targets cover HS chapters, headings or subheadings "
                        + "(2, 4 or 6 digits), which both partners' statistics share");
            };
            if (!digits.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(org.bilateral.shared.Limits.shown(digits) + " is not an HS code");
            }
            return new CoveredProduct(group, level, digits);
        }

        /** The product and its group, as a refusal names it: "HS 8802 (group Planes)", "sector aircraft (group Aircraft)". */
        public String named() {
            return (level == HsLevel.SECTOR ? "sector " : "HS ") + code + " (group " + group + ")";
        }
    }

    public PurchaseTarget {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a target's code is lower-case letters, digits and hyphens, e.g. agriculture-2026, not "
                    + (code == null ? "nothing" : org.bilateral.shared.Limits.shown(code)));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a target needs a name");
        }
        if (buyer == null || seller == null || buyer.equals(seller)) {
            throw new IllegalArgumentException("a target needs a buyer and a seller country, two different ones");
        }
        Limits.baselineProblem(baselineYear).ifPresent(p -> {
            throw new IllegalArgumentException("baseline: " + p);
        });
        // Kept in one order and amounts at cents, so that a target read back from the register equals the one defined.
        products = products.stream().sorted(java.util.Comparator.comparing(CoveredProduct::group).thenComparing(CoveredProduct::code)).toList();
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a target needs covered products");
        }
        // A code inside another listed code would count the same trade twice.
        List<CoveredProduct> hs = new ArrayList<>();
        for (CoveredProduct p : products) {
            if (p.level() != HsLevel.SECTOR) {
                for (CoveredProduct other : hs) {
                    if (p.code().startsWith(other.code()) || other.code().startsWith(p.code())) {
                        throw new IllegalArgumentException(p.named() + " and " + other.named()
                                + " overlap: the target would count the same trade twice");
                    }
                }
                hs.add(p);
            }
        }
        TreeMap<Integer, BigDecimal> cents = new TreeMap<>();
        for (Map.Entry<Integer, BigDecimal> e : amounts.entrySet()) {
            BigDecimal amount = e.getValue();
            if (Limits.centsProblem(amount).or(() -> Limits.numberProblem(amount)).isPresent()) {
                // Never rounded to fit: an amount is whole cents below a quadrillion dollars.
                throw new IllegalArgumentException("the amount for " + e.getKey() + ", " + amount.toString()
                        + ", is not whole cents below 1,000,000,000,000,000 dollars");
            }
            if (e.getKey() < Limits.FIRST_YEAR || e.getKey() > Limits.LAST_YEAR) {
                throw new IllegalArgumentException("target year " + e.getKey() + " is not from 2000 to 2100");
            }
            cents.put(e.getKey(), amount == null ? null : amount.setScale(2));
        }
        amounts = cents;
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("a target needs an amount for at least one year");
        }
        for (Map.Entry<Integer, BigDecimal> e : amounts.entrySet()) {
            if (e.getKey() <= baselineYear) {
                throw new IllegalArgumentException("target year " + e.getKey() + " is not after the baseline year " + baselineYear);
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw new IllegalArgumentException("the amount for " + e.getKey() + " must be zero or more");
            }
        }
        // The name is one line: a tab or a line break in it, even a trailing one, is refused rather than trimmed away.
        Limits.lineProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException("name: " + p);
        });
        Limits.textProblem(note).ifPresent(p -> {
            throw new IllegalArgumentException("note: " + p);
        });
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public int lastYear() {
        return amounts.lastKey();
    }

    /** The covered products by group, as the target's users write them: "Corn and wheat: 1001, 1005; Aircraft: sector aircraft". */
    public String coverage() {
        return coverage("sector");
    }

    /** The same with a sector marked by the page's word for one ("ngành hàng aircraft"): the sector's code is as written. */
    public String coverage(String sectorWord) {
        return String.join("; ", groups().stream().map(g -> g + ": " + String.join(", ", products.stream().filter(p -> p.group().equals(g))
                .map(p -> p.level() == HsLevel.SECTOR ? sectorWord + " " + p.code() : p.code()).toList())).toList());
    }

    public List<String> groups() {
        return products.stream().map(CoveredProduct::group).distinct().toList();
    }
}
