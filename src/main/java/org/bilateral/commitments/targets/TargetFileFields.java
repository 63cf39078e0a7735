package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.jspecify.annotations.Nullable;

/** Reads a target's fields, each problem with its line. */
record TargetFileFields(String fileName, List<InputProblem> problems) {

    void problem(@Nullable Node node, @Nullable String field, Said message) {
        problems.add(new InputProblem(fileName, TargetFile.line(node), field, message));
    }

    /** A key given twice would have one of its values read and the other dropped without a word. */
    void keysOnce(MappingNode map) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                problem(k, null, Said.of("refusal.commitments.givenTwice", Limits.shown(k.getValue())));
            }
        }
    }

    @Nullable String text(MappingNode t, String key, boolean required) {
        Node v = TargetFile.value(t, key);
        if (v == null) {
            if (required) {
                problem(t, key, Said.of("refusal.commitments.missing"));
            }
            return null;
        }
        if (!(v instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(v, key, Said.of("refusal.commitments.expectedValue"));
            return null;
        }
        // Asked of the value as written: only the note may hold tabs or line breaks; elsewhere even a trailing one is refused.
        Optional<Said> wrong = key.equals("note") ? Limits.textSaid(s.getValue()) : Limits.lineSaid(s.getValue());
        if (wrong.isPresent()) {
            problem(v, key, wrong.get());
            return null;
        }
        return s.getValue().strip();
    }

    @Nullable CountryCode country(MappingNode t, String key) {
        String s = text(t, key, true);
        try {
            return s == null ? null : CountryCode.of(s);
        } catch (IllegalArgumentException e) {
            problem(TargetFile.value(t, key), key, Said.of("refusal.commitments.notACountry", Limits.shown(String.valueOf(s))));
            return null;
        }
    }

    @Nullable Integer integer(MappingNode t, String key) {
        String s = text(t, key, true);
        if (s != null && !s.matches("\\d{4}")) {
            problem(TargetFile.value(t, key), key, Said.of("refusal.commitments.notAYearPlain", Limits.shown(s)));
            return null;
        }
        Optional<Said> wrong = s == null ? Optional.empty() : Limits.baselineSaid(Integer.parseInt(s));
        if (wrong.isPresent()) {
            problem(TargetFile.value(t, key), key, wrong.get());
            return null;
        }
        return s == null ? null : Integer.parseInt(s);
    }

    List<PurchaseTarget.CoveredProduct> products(MappingNode t) {
        List<PurchaseTarget.CoveredProduct> products = new ArrayList<>();
        Node node = TargetFile.value(t, "products");
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(node == null ? t : node, "products", Said.of("refusal.commitments.expectedGroups"));
            return products;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode g)) {
                problem(item, "products", Said.of("refusal.commitments.expectedGroup"));
                continue;
            }
            keysOnce(g);
            String group = text(g, "group", true);
            Node hs = TargetFile.value(g, "hs");
            Node sectors = TargetFile.value(g, "sectors");
            if (hs == null && sectors == null) {
                problem(g, "products", Said.of("refusal.commitments.groupNeedsCodes"));
            }
            for (ScalarNode code : scalars(hs, "hs")) {
                try {
                    products.add(PurchaseTarget.CoveredProduct.hs(group == null ? "?" : group, code.getValue().strip()));
                } catch (IllegalArgumentException e) {
                    problem(code, "hs", InvalidValue.said(e));
                }
            }
            for (ScalarNode sector : scalars(sectors, "sectors")) {
                products.add(new PurchaseTarget.CoveredProduct(group == null ? "?" : group, HsLevel.SECTOR, sector.getValue().strip()));
            }
        }
        return products;
    }

    private List<ScalarNode> scalars(@Nullable Node node, String field) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return List.of(s);
        }
        if (node instanceof SequenceNode seq) {
            List<ScalarNode> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    out.add(s);
                } else {
                    problem(n, field, Said.of("refusal.commitments.expectedCode"));
                }
            }
            return out;
        }
        problem(node, field, Said.of("refusal.commitments.expectedCodes"));
        return List.of();
    }

    TreeMap<Integer, BigDecimal> amounts(MappingNode t) {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        Node node = TargetFile.value(t, "amounts");
        if (!(node instanceof MappingNode map)) {
            problem(node == null ? t : node, "amounts", Said.of("refusal.commitments.expectedAmounts"));
            return amounts;
        }
        for (NodeTuple tuple : map.getValue()) {
            String year = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "";
            String amount = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
            Optional<Said> wrongYear = year.matches("\\d{4}") ? Limits.yearSaid(new BigDecimal(year))
                    : Optional.of(Said.of("refusal.shared.notAYear", Limits.shown(year), String.valueOf(Limits.FIRST_YEAR), String.valueOf(Limits.LAST_YEAR)));
            if (wrongYear.isPresent()) {
                problem(tuple.getKeyNode(), "amounts", wrongYear.get());
                continue;
            }
            try {
                BigDecimal dollars = Limits.number(amount);
                Optional<Said> cents = Limits.centsSaid(dollars);
                if (cents.isPresent()) {
                    problem(tuple.getValueNode(), "amounts", cents.get());
                } else if (amounts.put(Integer.parseInt(year), dollars) != null) {
                    problem(tuple.getKeyNode(), "amounts", Said.of("refusal.commitments.givenTwice", year));
                }
            } catch (IllegalArgumentException e) {
                problem(tuple.getValueNode(), "amounts", Said.of("refusal.commitments.amountDollars", year, InvalidValue.said(e)));
            }
        }
        return amounts;
    }
}
