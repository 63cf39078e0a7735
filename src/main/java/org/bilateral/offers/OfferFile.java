package org.bilateral.offers;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * An offer file: read from YAML into a draft, every refusal naming the file, the line and the field
 * ({@code parts[1].phases[0].rate}); and written back the same way. The file is composed into nodes only (no object is
 * ever constructed from a tag), within limits on its size, its aliases and its nesting, so that no input can hang the
 * reader or exhaust memory.
 */
final class OfferFile {

    /** The largest offer file read: 500 codes and their phases take a few kilobytes. */
    static final int MOST_CHARACTERS = 256 * 1024;
    private static final int MOST_ALIASES = 20;
    private static final int DEEPEST = 10;

    private static final Set<String> TOP = Set.of("name", "note", "schedule-on", "elasticities", "parts");
    private static final Set<String> ELASTICITIES = Set.of("import-demand", "substitution");
    private static final Set<String> PART = Set.of("scope", "mfn-at-or-below", "codes", "phases", "rate");
    private static final Set<String> PHASE = Set.of("year", "rate");

    /** A read file: the draft and the line each field is written on, for refusals found after reading. */
    record Read(OfferDraft draft, Map<String, Integer> lines) {

        @Nullable Said line(String field) {
            Integer line = lines.get(field);
            if (line == null) {
                // a field the file leaves out (a default) is refused where its parent is written
                int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
                return cut > 0 ? line(field.substring(0, cut)) : null;
            }
            return InputProblem.line(line);
        }
    }

    private final String fileName;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();

    private OfferFile(String fileName) {
        this.fileName = fileName;
    }

    static Read read(String fileName, String yaml) {
        return new OfferFile(fileName).parse(yaml);
    }

    private Read parse(String yaml) {
        if (yaml.length() > MOST_CHARACTERS) {
            throw new InvalidInput(new InputProblem(fileName, null, null, Said.of("refusal.offers.fileTooLarge", MOST_CHARACTERS)));
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MOST_CHARACTERS);
        options.setMaxAliasesForCollections(MOST_ALIASES);
        options.setNestingDepthLimit(DEEPEST);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options)
                    .compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidInput(new InputProblem(fileName, mark == null ? null : InputProblem.line(mark.getLine() + 1L), null,
                    Said.of("refusal.offers.notYaml", Said.asWritten(Limits.shown(String.valueOf(e.getProblem()))))));
        } catch (YAMLException e) {
            throw new InvalidInput(new InputProblem(fileName, null, null,
                    Said.of("refusal.offers.notYaml", Said.asWritten(Limits.shown(String.valueOf(e.getMessage()))))));
        }
        if (!(root instanceof MappingNode top)) {
            throw new InvalidInput(new InputProblem(fileName, root == null ? null : InputProblem.line(line(root)), null, Said.of("refusal.offers.notAnOffer")));
        }
        Map<String, Node> fields = fields(top, "", TOP);
        String name = text(fields.get("name"), "name", true);
        String note = text(fields.get("note"), "note", false);
        LocalDate scheduleOn = date(fields.get("schedule-on"), "schedule-on");
        Elasticities elasticities = elasticities(fields.get("elasticities"));
        List<Part> parts = new ArrayList<>();
        Node partsNode = fields.get("parts");
        if (partsNode == null) {
            problem(top, "parts", Said.of("refusal.offers.missing"));
        } else if (partsNode instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Part part = part(list.getValue().get(i), "parts[" + i + "]");
                if (part != null) {
                    parts.add(part);
                }
            }
        } else {
            problem(partsNode, "parts", Said.of("refusal.offers.notAList"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OfferDraft draft = new OfferDraft(name == null ? "" : name, note, scheduleOn, elasticities, parts);
        Read read = new Read(draft, Map.copyOf(lines));
        OfferRules.refuseAny(OfferRules.ownProblems(fileName, draft, read::line));
        return read;
    }

    private @Nullable Part part(Node node, String at) {
        if (!(node instanceof MappingNode map)) {
            problem(node, at, Said.of("refusal.offers.notAMapping"));
            return null;
        }
        Map<String, Node> fields = fields(map, at + ".", PART);
        Scope scope = Scope.CODES;
        Node scopeNode = fields.get("scope");
        if (scopeNode == null) {
            problem(map, at + ".scope", Said.of("refusal.offers.missing"));
        } else {
            String text = text(scopeNode, at + ".scope", true);
            Scope parsed = text == null ? null : Scope.parse(text);
            if (text != null && parsed == null) {
                problem(scopeNode, at + ".scope", Said.of("refusal.offers.notAScope", Limits.shown(text)));
            } else if (parsed != null) {
                scope = parsed;
            }
        }
        BigDecimal ceiling = number(fields.get("mfn-at-or-below"), at + ".mfn-at-or-below");
        List<HsCode> codes = new ArrayList<>();
        Node codesNode = fields.get("codes");
        if (codesNode instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                String field = at + ".codes[" + i + "]";
                String text = text(list.getValue().get(i), field, true);
                if (text != null) {
                    String digits = text.strip().replace(".", "");
                    if (HsCode.isValid(digits) && digits.length() <= 8) {
                        codes.add(HsCode.of(digits));
                    } else {
                        problem(list.getValue().get(i), field, Said.of("refusal.offers.notACode", Limits.shown(text)));
                    }
                }
            }
        } else if (codesNode != null) {
            problem(codesNode, at + ".codes", Said.of("refusal.offers.notAList"));
        }
        List<Phase> phases = new ArrayList<>();
        Node phasesNode = fields.get("phases");
        Node rateNode = fields.get("rate");
        if (phasesNode != null && rateNode != null) {
            problem(rateNode, at + ".rate", Said.of("refusal.offers.rateAndPhases"));
        } else if (rateNode != null) {
            BigDecimal rate = number(rateNode, at + ".rate");
            if (rate != null) {
                phases.add(new Phase(Phase.FROM_STATISTICS_YEAR, rate));
            }
        } else if (phasesNode instanceof SequenceNode list) {
            for (int j = 0; j < list.getValue().size(); j++) {
                Phase phase = phase(list.getValue().get(j), at + ".phases[" + j + "]");
                if (phase != null) {
                    phases.add(phase);
                }
            }
        } else if (phasesNode != null) {
            problem(phasesNode, at + ".phases", Said.of("refusal.offers.notAList"));
        } else {
            problem(map, at + ".phases", Said.of("refusal.offers.missing"));
        }
        return new Part(new Selection(scope, codes, ceiling), phases);
    }

    private @Nullable Phase phase(Node node, String at) {
        if (!(node instanceof MappingNode map)) {
            problem(node, at, Said.of("refusal.offers.notAMapping"));
            return null;
        }
        Map<String, Node> fields = fields(map, at + ".", PHASE);
        Node yearNode = fields.get("year");
        Integer year = null;
        if (yearNode == null) {
            problem(map, at + ".year", Said.of("refusal.offers.missing"));
        } else {
            String text = text(yearNode, at + ".year", true);
            if (text != null) {
                try {
                    year = Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    year = null;
                }
                if (year == null || year < 1990 || year > 2100) {
                    problem(yearNode, at + ".year", Said.of("refusal.offers.notAYear", Limits.shown(text)));
                    year = null;
                }
            }
        }
        Node rateNode = fields.get("rate");
        BigDecimal rate = number(rateNode, at + ".rate");
        if (rateNode == null) {
            problem(map, at + ".rate", Said.of("refusal.offers.missing"));
        }
        return year == null || rate == null ? null : new Phase(year, rate);
    }

    private Elasticities elasticities(@Nullable Node node) {
        Elasticities defaults = Elasticities.defaults();
        if (node == null) {
            return defaults;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, "elasticities", Said.of("refusal.offers.notAMapping"));
            return defaults;
        }
        Map<String, Node> fields = fields(map, "elasticities.", ELASTICITIES);
        BigDecimal eta = number(fields.get("import-demand"), "elasticities.import-demand");
        BigDecimal sigma = number(fields.get("substitution"), "elasticities.substitution");
        return new Elasticities(eta == null ? defaults.importDemand() : eta, sigma == null ? defaults.substitution() : sigma);
    }

    /** A mapping's fields by name, each name's line noted; a field the file may not hold is refused by its name. */
    private Map<String, Node> fields(MappingNode map, String prefix, Set<String> known) {
        lines.putIfAbsent(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), line(map));
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problem(t.getKeyNode(), prefix.isEmpty() ? "(key)" : prefix + "(key)", Said.of("refusal.offers.notAName"));
                continue;
            }
            String name = key.getValue();
            if (!known.contains(name)) {
                problem(key, prefix + name, Said.of("refusal.offers.unknownField",
                        known.stream().sorted().collect(Collectors.joining(", "))));
                continue;
            }
            fields.put(name, t.getValueNode());
            lines.put(prefix + name, line(t.getValueNode()));
        }
        return fields;
    }

    private @Nullable String text(@Nullable Node node, String field, boolean required) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, field, Said.of("refusal.offers.notAValue"));
            return null;
        }
        String value = scalar.getValue();
        if (scalar.getTag().getValue().endsWith(":null")) {
            return null;
        }
        lines.put(field, line(node));
        return value;
    }

    private @Nullable BigDecimal number(@Nullable Node node, String field) {
        String text = text(node, field, true);
        if (text == null || node == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problem(node, field, Said.of("refusal.offers.notANumber", Limits.shown(text)));
            return null;
        }
    }

    private @Nullable LocalDate date(@Nullable Node node, String field) {
        String text = text(node, field, false);
        if (text == null || node == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(node, field, Said.of("refusal.offers.notADate", Limits.shown(text)));
            return null;
        }
    }

    private void problem(Node node, String field, Said what) {
        problems.add(new InputProblem(fileName, InputProblem.line(line(node)), field, what));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The offer as its file: read back, it gives the same draft. */
    static String write(OfferDraft offer) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(quoted(offer.name())).append('\n');
        if (offer.note() != null) {
            out.append("note: ").append(quoted(offer.note())).append('\n');
        }
        if (offer.scheduleOn() != null) {
            out.append("schedule-on: ").append(offer.scheduleOn()).append('\n');
        }
        out.append("elasticities: {import-demand: ").append(offer.elasticities().importDemand().toPlainString())
                .append(", substitution: ").append(offer.elasticities().substitution().toPlainString()).append("}\n");
        out.append("parts:\n");
        for (Part part : offer.parts()) {
            Selection s = part.selection();
            out.append("  - scope: ").append(s.scope().code()).append('\n');
            if (s.mfnAtOrBelowPercent() != null) {
                out.append("    mfn-at-or-below: ").append(s.mfnAtOrBelowPercent().toPlainString()).append('\n');
            }
            if (!s.codes().isEmpty()) {
                out.append("    codes: [").append(s.codes().stream().map(c -> "\"" + c.digits() + "\"").collect(Collectors.joining(", ")))
                        .append("]\n");
            }
            if (part.phases().size() == 1 && part.phases().get(0).fromStatisticsYear()) {
                out.append("    rate: ").append(part.phases().get(0).ratePercent().toPlainString()).append('\n');
            } else {
                out.append("    phases: [").append(part.phases().stream()
                        .map(p -> "{year: " + p.year() + ", rate: " + p.ratePercent().toPlainString() + "}")
                        .collect(Collectors.joining(", "))).append("]\n");
            }
        }
        return out.toString();
    }

    /** A double-quoted YAML scalar: every character that could end or change it escaped. */
    private static String quoted(String text) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(text).strip();
    }
}
