package org.bilateral.commitments.targets;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Targets written in YAML, read node by node so that each problem names its line:
 * <pre>
 * targets:
 *   - code: agriculture-2026
 *     name: Agricultural purchases
 *     buyer: VN
 *     seller: US
 *     baseline: 2024
 *     basis: above-baseline        # or absolute
 *     counts: both                 # partner-exports, our-imports or both
 *     products:
 *       - group: Soybeans and meal
 *         hs: [1201, 2304]
 *       - group: Aircraft
 *         sectors: [aircraft]
 *     amounts:
 *       2026: 2000000000
 *       2027: 3000000000
 * </pre>
 */
final class TargetFile {

    /**
     * A targets file nests six levels (targets, a target, its products, a group, its codes); more than this is not a
     * targets file, and a parser asked to follow thousands of levels runs out of stack.
     */
    static final int DEEPEST = 20;
    /**
     * Anchors (&amp;name) let a file repeat a list of products by its name (*name); each repetition may itself repeat
     * others, so a few lines can stand for billions of nodes. A file that needs more than this is refused.
     */
    static final int MOST_ALIASES = 20;

    private TargetFile() {
    }

    private static LoaderOptions bounded() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(DEEPEST);
        options.setMaxAliasesForCollections(MOST_ALIASES);
        options.setAllowRecursiveKeys(false);
        // A character is at most a byte of the largest file taken, so no door reads more text than an upload may hold.
        options.setCodePointLimit((int) PurchaseTargets.LARGEST_FILE);
        return options;
    }

    /** The loader's refusals, in the words of the file's reader rather than the parser's. */
    private static String beyondLimits(String parserSays) {
        if (parserSays.startsWith("Number of aliases")) {
            return "repeats lists or mappings by their anchor (*name) more than " + MOST_ALIASES
                    + " times, the most a targets file may";
        }
        if (parserSays.startsWith("Nesting Depth exceeded")) {
            return "nests lists and mappings more than " + DEEPEST + " levels deep, the most a targets file may";
        }
        if (parserSays.startsWith("The incoming YAML document exceeds the limit")) {
            return String.format("is longer than %,d characters, the most a targets file may be", PurchaseTargets.LARGEST_FILE);
        }
        return "cannot be read as targets: " + Limits.shown(parserSays);
    }

    static List<PurchaseTarget> read(Reader in, String fileName) {
        List<InputProblem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(bounded())).compose(in);
        } catch (MarkedYAMLException e) {
            throw new InvalidInput(new InputProblem(fileName, "line " + (e.getProblemMark().getLine() + 1), null,
                    "not valid YAML: " + e.getProblem()));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw TextFiles.notUtf8(fileName);
            }
            // Beyond the loader's limits (size, nesting, aliases) or not text: said plainly, never as an internal error.
            throw new InvalidInput(fileName, beyondLimits(String.valueOf(e.getMessage())));
        }
        if (root == null) {
            throw new InvalidInput(fileName, "the file is empty");
        }
        Node list = root;
        if (root instanceof MappingNode map) {
            list = value(map, "targets");
            if (list == null) {
                throw new InvalidInput(new InputProblem(fileName, line(root), "targets", "the file needs a list of targets under 'targets:'"));
            }
        }
        if (!(list instanceof SequenceNode targets)) {
            throw new InvalidInput(new InputProblem(fileName, line(list), "targets", "expected a list of targets"));
        }
        List<PurchaseTarget> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node node : targets.getValue()) {
            if (!(node instanceof MappingNode t)) {
                problems.add(new InputProblem(fileName, line(node), null, "expected a target (code, name, buyer, seller, ...)"));
                continue;
            }
            int before = problems.size();
            Fields f = new Fields(fileName, problems);
            f.keysOnce(t);
            String code = f.text(t, "code", true);
            String name = f.text(t, "name", true);
            CountryCode buyer = f.country(t, "buyer");
            CountryCode seller = f.country(t, "seller");
            Integer baseline = f.integer(t, "baseline");
            PurchaseTarget.Basis basis = null;
            PurchaseTarget.Counts counts = null;
            try {
                String b = f.text(t, "basis", false);
                basis = b == null ? PurchaseTarget.Basis.ABSOLUTE : PurchaseTarget.Basis.parse(b);
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(fileName, line(value(t, "basis")), "basis", e.getMessage()));
            }
            try {
                String c = f.text(t, "counts", false);
                counts = c == null ? PurchaseTarget.Counts.BOTH : PurchaseTarget.Counts.parse(c);
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(fileName, line(value(t, "counts")), "counts", e.getMessage()));
            }
            List<PurchaseTarget.CoveredProduct> products = f.products(t);
            TreeMap<Integer, BigDecimal> amounts = f.amounts(t);
            if (code != null && !codes.add(code)) {
                problems.add(new InputProblem(fileName, line(value(t, "code")), "code", "target " + Limits.shown(code) + " is defined twice"));
            }
            if (problems.size() == before) {
                try {
                    result.add(new PurchaseTarget(code, name, buyer, seller, baseline, basis, counts, products, amounts, f.text(t, "note", false)));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(fileName, line(t), code == null ? "code" : Limits.shown(code), e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return result;
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String line(Node node) {
        return node == null ? null : "line " + (node.getStartMark().getLine() + 1);
    }

    /** Reads a target's fields, each problem with its line. */
    private record Fields(String fileName, List<InputProblem> problems) {

        void problem(Node node, String field, String message) {
            problems.add(new InputProblem(fileName, line(node), field, message));
        }

        /** A key given twice would have one of its values read and the other dropped without a word. */
        void keysOnce(MappingNode map) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                    problem(k, null, Limits.shown(k.getValue()) + " is given twice");
                }
            }
        }

        String text(MappingNode t, String key, boolean required) {
            Node v = value(t, key);
            if (v == null) {
                if (required) {
                    problem(t, key, "is missing");
                }
                return null;
            }
            if (!(v instanceof ScalarNode s) || s.getValue().isBlank()) {
                problem(v, key, "expected a value");
                return null;
            }
            // Asked of the value as written: only the note may hold tabs or line breaks; elsewhere even a trailing one is refused.
            Optional<String> wrong = key.equals("note") ? Limits.textProblem(s.getValue()) : Limits.lineProblem(s.getValue());
            if (wrong.isPresent()) {
                problem(v, key, wrong.get());
                return null;
            }
            return s.getValue().strip();
        }

        CountryCode country(MappingNode t, String key) {
            String s = text(t, key, true);
            try {
                return s == null ? null : CountryCode.of(s);
            } catch (IllegalArgumentException e) {
                problem(value(t, key), key, Limits.shown(String.valueOf(s)) + " is not an ISO 3166 two-letter country code");
                return null;
            }
        }

        Integer integer(MappingNode t, String key) {
            String s = text(t, key, true);
            if (s != null && !s.matches("\\d{4}")) {
                problem(value(t, key), key, Limits.shown(s) + " is not a year");
                return null;
            }
            Optional<String> wrong = s == null ? Optional.empty() : Limits.baselineProblem(Integer.parseInt(s));
            if (wrong.isPresent()) {
                problem(value(t, key), key, wrong.get());
                return null;
            }
            return s == null ? null : Integer.parseInt(s);
        }

        List<PurchaseTarget.CoveredProduct> products(MappingNode t) {
            List<PurchaseTarget.CoveredProduct> products = new ArrayList<>();
            Node node = value(t, "products");
            if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
                problem(node == null ? t : node, "products", "expected a list of product groups, each with a group name and hs codes or sectors");
                return products;
            }
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode g)) {
                    problem(item, "products", "expected a group: name, hs and/or sectors");
                    continue;
                }
                keysOnce(g);
                String group = text(g, "group", true);
                Node hs = value(g, "hs");
                Node sectors = value(g, "sectors");
                if (hs == null && sectors == null) {
                    problem(g, "products", "a group needs hs codes or sectors");
                }
                for (ScalarNode code : scalars(hs, "hs")) {
                    try {
                        products.add(PurchaseTarget.CoveredProduct.hs(group == null ? "?" : group, code.getValue().strip()));
                    } catch (IllegalArgumentException e) {
                        problem(code, "hs", e.getMessage());
                    }
                }
                for (ScalarNode sector : scalars(sectors, "sectors")) {
                    products.add(new PurchaseTarget.CoveredProduct(group == null ? "?" : group, HsLevel.SECTOR, sector.getValue().strip()));
                }
            }
            return products;
        }

        private List<ScalarNode> scalars(Node node, String field) {
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
                        problem(n, field, "expected a code");
                    }
                }
                return out;
            }
            problem(node, field, "expected a code or a list of codes");
            return List.of();
        }

        TreeMap<Integer, BigDecimal> amounts(MappingNode t) {
            TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
            Node node = value(t, "amounts");
            if (!(node instanceof MappingNode map)) {
                problem(node == null ? t : node, "amounts", "expected amounts by year, e.g. 2026: 2000000000");
                return amounts;
            }
            for (NodeTuple tuple : map.getValue()) {
                String year = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "";
                String amount = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
                Optional<String> wrongYear = year.matches("\\d{4}") ? Limits.yearProblem(new BigDecimal(year))
                        : Optional.of(Limits.shown(year) + " is not a year from " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR);
                if (wrongYear.isPresent()) {
                    problem(tuple.getKeyNode(), "amounts", wrongYear.get());
                    continue;
                }
                try {
                    BigDecimal dollars = Limits.number(amount);
                    Optional<String> cents = Limits.centsProblem(dollars);
                    if (cents.isPresent()) {
                        problem(tuple.getValueNode(), "amounts", cents.get());
                    } else if (amounts.put(Integer.parseInt(year), dollars) != null) {
                        problem(tuple.getKeyNode(), "amounts", year + " is given twice");
                    }
                } catch (IllegalArgumentException e) {
                    problem(tuple.getValueNode(), "amounts", year + ": " + e.getMessage() + " (US dollars)");
                }
            }
            return amounts;
        }
    }

}
