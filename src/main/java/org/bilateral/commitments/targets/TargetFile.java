package org.bilateral.commitments.targets;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.jspecify.annotations.Nullable;

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
    private static Said beyondLimits(String parserSays) {
        if (parserSays.startsWith("Number of aliases")) {
            return Said.of("refusal.commitments.yamlAliases", String.valueOf(MOST_ALIASES));
        }
        if (parserSays.startsWith("Nesting Depth exceeded")) {
            return Said.of("refusal.commitments.yamlDepth", String.valueOf(DEEPEST));
        }
        if (parserSays.startsWith("The incoming YAML document exceeds the limit")) {
            return Said.of("refusal.commitments.yamlLength", PurchaseTargets.LARGEST_FILE);
        }
        return Said.of("refusal.commitments.notTargets", Limits.shown(parserSays));
    }

    static List<PurchaseTarget> read(Reader in, String fileName) {
        SequenceNode targets = targetList(compose(in, fileName), fileName);
        List<InputProblem> problems = new ArrayList<>();
        List<PurchaseTarget> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node node : targets.getValue()) {
            if (!(node instanceof MappingNode t)) {
                problems.add(new InputProblem(fileName, line(node), null, Said.of("refusal.commitments.expectedTarget")));
                continue;
            }
            PurchaseTarget target = target(t, fileName, problems, codes);
            if (target != null) {
                result.add(target);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return result;
    }

    /** The file's YAML, within the loader's limits; refused by its line when it is no YAML, by its name when empty. */
    private static Node compose(Reader in, String fileName) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(bounded())).compose(in);
        } catch (MarkedYAMLException e) {
            throw new InvalidInput(new InputProblem(fileName, InputProblem.line(e.getProblemMark().getLine() + 1), null,
                    Said.of("refusal.commitments.notYaml", String.valueOf(e.getProblem()))));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw TextFiles.notUtf8(fileName);
            }
            // Beyond the loader's limits (size, nesting, aliases) or not text: said plainly, never as an internal error.
            throw new InvalidInput(fileName, beyondLimits(String.valueOf(e.getMessage())));
        }
        if (root == null) {
            throw new InvalidInput(fileName, Said.of("refusal.doors.fileEmpty"));
        }
        return root;
    }

    /** The list of targets: the file itself, or what it holds under 'targets:'. */
    private static SequenceNode targetList(Node root, String fileName) {
        Node list = root;
        if (root instanceof MappingNode map) {
            list = value(map, "targets");
            if (list == null) {
                throw new InvalidInput(new InputProblem(fileName, line(root), "targets", Said.of("refusal.commitments.needsTargets")));
            }
        }
        if (!(list instanceof SequenceNode targets)) {
            throw new InvalidInput(new InputProblem(fileName, line(list), "targets", Said.of("refusal.commitments.expectedTargets")));
        }
        return targets;
    }

    /** One target of the list; null when any of its fields is refused (each problem is recorded). */
    private static @Nullable PurchaseTarget target(MappingNode t, String fileName, List<InputProblem> problems, Set<String> codes) {
        int before = problems.size();
        TargetFileFields f = new TargetFileFields(fileName, problems);
        f.keysOnce(t);
        String code = f.text(t, "code", true);
        String name = f.text(t, "name", true);
        CountryCode buyer = f.country(t, "buyer");
        CountryCode seller = f.country(t, "seller");
        Integer baseline = f.integer(t, "baseline");
        PurchaseTarget.@Nullable Basis basis = null;
        PurchaseTarget.@Nullable Counts counts = null;
        try {
            String b = f.text(t, "basis", false);
            basis = b == null ? PurchaseTarget.Basis.ABSOLUTE : PurchaseTarget.Basis.parse(b);
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, line(value(t, "basis")), "basis", InvalidValue.said(e)));
        }
        try {
            String c = f.text(t, "counts", false);
            counts = c == null ? PurchaseTarget.Counts.BOTH : PurchaseTarget.Counts.parse(c);
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, line(value(t, "counts")), "counts", InvalidValue.said(e)));
        }
        List<PurchaseTarget.CoveredProduct> products = f.products(t);
        TreeMap<Integer, BigDecimal> amounts = f.amounts(t);
        if (code != null && !codes.add(code)) {
            problems.add(new InputProblem(fileName, line(value(t, "code")), "code", Said.of("refusal.commitments.targetTwice", Limits.shown(code))));
        }
        // each field missing or wrong was named as a problem above; the nulls checked here are those same fields
        if (problems.size() != before || code == null || name == null || buyer == null || seller == null || baseline == null
                || basis == null || counts == null) {
            return null;
        }
        try {
            return new PurchaseTarget(code, name, buyer, seller, baseline, basis, counts, products, amounts, f.text(t, "note", false));
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, line(t), Limits.shown(code), InvalidValue.said(e)));
            return null;
        }
    }

    static @Nullable Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    static @Nullable Said line(@Nullable Node node) {
        return node == null ? null : InputProblem.line(node.getStartMark().getLine() + 1);
    }


}
