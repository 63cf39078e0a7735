package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.TreeMap;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;

/**
 * The target form as the browser sends it: products one group per line ("Grains: 1001, 1005" or "Aircraft: sector
 * aircraft"), amounts one year per line ("2026: 2000000000"). A field that cannot be read is refused with its line.
 */
record TargetForm(String code, String name, String buyer, String seller, String baseline, String basis, String counts,
                  String products, String amounts, String note) {

    PurchaseTarget target() {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(Said.of("refusal.commitments.targetForm", Said.of("refusal.commitments.targetCode")));
        }
        if (baseline == null || !baseline.strip().matches("\\d{4}")) {
            throw new InvalidInput(Said.of("refusal.commitments.targetForm", baseline == null || baseline.isBlank() ? Said.of("refusal.commitments.targetBaselineMissing")
                    : Said.of("refusal.commitments.targetBaselineNotYear", Limits.shown(baseline))));
        }
        Limits.baselineSaid(Integer.parseInt(baseline.strip())).ifPresent(p -> {
            throw new InvalidInput(Said.of("refusal.commitments.targetForm", Said.of("refusal.commitments.targetBaseline", p)));
        });
        try {
            return new PurchaseTarget(code.strip(), name, CountryCode.of(buyer), CountryCode.of(seller), Integer.parseInt(baseline.strip()), PurchaseTarget.Basis.parse(basis),
                    PurchaseTarget.Counts.parse(counts), products(products), amounts(amounts), note);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Said.of("refusal.commitments.targetForm", e instanceof InvalidValue v ? v.said() : Said.asWritten(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The sector a product names, in the words a target's page shows it with in either language ("sector aircraft",
     * "ngành hàng aircraft"), or null for an HS code.
     */
    static @Nullable String sector(String product) {
        for (String word : SECTOR_WORDS) {
            if (product.startsWith(word)) {
                return product.substring(word.length()).strip();
            }
        }
        return null;
    }

    private static final List<String> SECTOR_WORDS = List.of("sector ", "ngành hàng ");

    static List<PurchaseTarget.CoveredProduct> products(String text) {
        List<PurchaseTarget.CoveredProduct> products = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInput(Said.of("refusal.commitments.targetProductsLine", String.valueOf(i + 1)));
            }
            String group = line.substring(0, colon).strip();
            for (String code : line.substring(colon + 1).split("[,;]")) {
                String c = code.strip();
                String sector = sector(c);
                if (sector != null) {
                    products.add(new PurchaseTarget.CoveredProduct(group, HsLevel.SECTOR, sector));
                } else if (!c.isEmpty()) {
                    products.add(PurchaseTarget.CoveredProduct.hs(group, c));
                }
            }
        }
        return products;
    }

    static TreeMap<Integer, BigDecimal> amounts(String text) {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[:\\s]+", 2);
            try {
                if (!parts[0].matches("\\d{4}")) {
                    throw new IllegalArgumentException(parts[0] + " is not a year");
                }
                amounts.put(Integer.parseInt(parts[0]), Limits.number(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput(Said.of("refusal.commitments.targetAmountsLine", String.valueOf(i + 1), Limits.shown(line)));
            }
        }
        return amounts;
    }
}
