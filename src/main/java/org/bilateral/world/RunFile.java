package org.bilateral.world;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.risk.Signal;
import org.bilateral.risk.SignalKind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A RUN.json as the world job writes it (WORLD-SPEC §3), read whole and checked field by field before anything is
 * stored: each problem names the file and the field's JSON path ({@code hubs[2].products[0].score}, indices from 0 as
 * jq counts them), so a run that a changed or damaged job wrote is refused rather than shown wrong.
 */
final class RunFile {

    /** The file's size at most: 300 hubs of 1,000 products with six signals' arithmetic fit well within it. */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    static final int MAX_HUBS = 300;
    static final int MAX_PRODUCTS = 1000;
    static final int FIRST_YEAR = 1988;
    static final int LAST_YEAR = 2100;
    /** Problems listed before the reading stops: enough to see what is wrong with a file, never a megabyte of them. */
    private static final int LISTED = 100;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_SOURCES = 100_000;
    /** An amount as the job writes it: a string of digits, at most six decimals, never a float that rounds. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,32}(?:\\.\\d{1,6})?");
    private static final Pattern HS6 = Pattern.compile("\\d{6}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A hub as read, its products shown. */
    record Hub(CountryCode hub, int productsScreened, int freundProducts, @Nullable Integer tradeYear, @Nullable BigDecimal boundUsd,
               @Nullable BigDecimal hubExportsUsd, @Nullable Double share, List<String> missing, List<WorldProduct> products) {
    }

    /** A run as read: every field checked. */
    record Run(CountryCode origin, CountryCode destination, int fromYear, int toYear, @Nullable Integer eventYear, double cifFobMargin,
               int top, String master, String sparkVersion, Instant startedAt, Instant finishedAt, String store, long flowsRead,
               boolean synthetic, List<String> sources, List<Hub> hubs) {
    }

    /** Stops the reading once enough problems are listed. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final String name;
    private final Predicate<CountryCode> known;
    private final List<InputProblem> problems = new ArrayList<>();

    private RunFile(String name, Predicate<CountryCode> known) {
        this.name = name;
        this.known = known;
    }

    /**
     * The run the file holds, or a refusal listing every problem found (each by its JSON path).
     *
     * @param known whether the reference knows a country: a hub it does not know has no pages and no name
     */
    static Run read(String name, byte[] json, Predicate<CountryCode> known) {
        if (json.length > MAX_BYTES) {
            throw new InvalidInput(name, Said.of("refusal.world.tooLarge", String.valueOf(json.length), String.valueOf(MAX_BYTES)));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidInput(name, at == null || at.getLineNr() < 1 ? Said.of("refusal.world.notJson")
                    : Said.of("refusal.world.notJsonAt", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput(name, Said.of("refusal.world.notAnObject"));
        }
        RunFile file = new RunFile(name, known);
        @Nullable Run run = null;
        try {
            run = file.run(root);
        } catch (Enough stop) {
            // the problems listed say enough
        }
        if (run == null || !file.problems.isEmpty()) {
            throw new InvalidInput(file.problems);
        }
        return run;
    }

    private @Nullable Run run(JsonNode root) {
        CountryCode origin = country(root, "origin", "origin");
        CountryCode destination = country(root, "destination", "destination");
        if (origin != null && origin.equals(destination)) {
            problem("destination", Said.of("refusal.world.sameCountry", origin.value()));
        }
        Integer from = year(root, "fromYear", "fromYear", false);
        Integer to = year(root, "toYear", "toYear", false);
        if (from != null && to != null && from > to) {
            problem("toYear", Said.of("refusal.world.yearsReversed", String.valueOf(from), String.valueOf(to)));
        }
        Integer event = year(root, "eventYear", "eventYear", true);
        if (event != null && from != null && to != null && (event <= from || event >= to)) {
            problem("eventYear", Said.of("refusal.world.eventOutside", String.valueOf(event), String.valueOf(from), String.valueOf(to)));
        }
        Double margin = fraction(root, "cifFobMargin", "cifFobMargin", false);
        Integer top = whole(root, "top", "top", 1, 1000, false);
        String master = text(root, "master", "master");
        String spark = text(root, "sparkVersion", "sparkVersion");
        Instant started = instant(root, "startedAt", "startedAt");
        Instant finished = instant(root, "finishedAt", "finishedAt");
        if (started != null && finished != null && finished.isBefore(started)) {
            problem("finishedAt", Said.of("refusal.world.finishedBeforeStart", finished.toString(), started.toString()));
        }
        String store = text(root, "store", "store");
        Long flows = count(root, "flowsRead", "flowsRead");
        Boolean synthetic = bool(root, "synthetic", "synthetic");
        List<String> sources = texts(root, "sources", "sources", MAX_SOURCES);
        List<Hub> hubs = hubs(root, origin, destination);
        if (origin == null || destination == null || from == null || to == null || margin == null || top == null || master == null
                || spark == null || started == null || finished == null || store == null || flows == null || synthetic == null
                || sources == null || hubs == null || !problems.isEmpty()) {
            return null;
        }
        return new Run(origin, destination, from, to, event, margin, top, master, spark, started, finished, store, flows, synthetic,
                sources, hubs);
    }

    private @Nullable List<Hub> hubs(JsonNode root, @Nullable CountryCode origin, @Nullable CountryCode destination) {
        JsonNode array = root.get("hubs");
        if (array == null || !array.isArray()) {
            problem("hubs", Said.of(array == null ? "refusal.world.missing" : "refusal.world.notAList"));
            return null;
        }
        if (array.size() > MAX_HUBS) {
            problem("hubs", Said.of("refusal.world.tooMany", String.valueOf(array.size()), String.valueOf(MAX_HUBS)));
            return null;
        }
        List<Hub> hubs = new ArrayList<>();
        Set<CountryCode> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "hubs[" + i + "]";
            JsonNode h = array.get(i);
            if (!h.isObject()) {
                problem(at, Said.of("refusal.world.notAnObjectField"));
                continue;
            }
            CountryCode hub = country(h, "hub", at + ".hub");
            if (hub != null && !seen.add(hub)) {
                problem(at + ".hub", Said.of("refusal.world.hubTwice", hub.value()));
            }
            if (hub != null && (hub.equals(origin) || hub.equals(destination))) {
                problem(at + ".hub", Said.of("refusal.world.hubIsEnd", hub.value()));
            }
            Integer screened = whole(h, "productsScreened", at + ".productsScreened", 0, Integer.MAX_VALUE, false);
            Integer freund = whole(h, "freundProducts", at + ".freundProducts", 0, Integer.MAX_VALUE, false);
            if (screened != null && freund != null && freund > screened) {
                problem(at + ".freundProducts", Said.of("refusal.world.moreThanScreened", String.valueOf(freund), String.valueOf(screened)));
            }
            Integer tradeYear = year(h, "tradeYear", at + ".tradeYear", true);
            BigDecimal bound = amount(h, "boundUsd", at + ".boundUsd", true);
            BigDecimal exports = amount(h, "hubExportsUsd", at + ".hubExportsUsd", true);
            Double share = fraction(h, "share", at + ".share", true);
            List<String> missing = texts(h, "missing", at + ".missing", 1000);
            List<WorldProduct> products = products(h, at, screened);
            if (hub != null && screened != null && freund != null && missing != null && products != null) {
                hubs.add(new Hub(hub, screened, freund, tradeYear, bound, exports, share, missing, products));
            }
        }
        return hubs;
    }

    private @Nullable List<WorldProduct> products(JsonNode hub, String at, @Nullable Integer screened) {
        JsonNode array = hub.get("products");
        String path = at + ".products";
        if (array == null || !array.isArray()) {
            problem(path, Said.of(array == null ? "refusal.world.missing" : "refusal.world.notAList"));
            return null;
        }
        if (array.size() > MAX_PRODUCTS) {
            problem(path, Said.of("refusal.world.tooMany", String.valueOf(array.size()), String.valueOf(MAX_PRODUCTS)));
            return null;
        }
        if (screened != null && array.size() > screened) {
            problem(path, Said.of("refusal.world.moreShownThanScreened", String.valueOf(array.size()), String.valueOf(screened)));
        }
        List<WorldProduct> products = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode n = array.get(i);
            if (!n.isObject()) {
                problem(p, Said.of("refusal.world.notAnObjectField"));
                continue;
            }
            Integer rank = whole(n, "rank", p + ".rank", 1, screened == null ? Integer.MAX_VALUE : Math.max(1, screened), false);
            if (rank != null && !ranks.add(rank)) {
                problem(p + ".rank", Said.of("refusal.world.rankTwice", String.valueOf(rank)));
            }
            String code = null;
            JsonNode c = n.get("code");
            if (c == null || !c.isString() || !HS6.matcher(c.asString()).matches()) {
                problem(p + ".code", c == null ? Said.of("refusal.world.missing") : Said.of("refusal.world.notHs6", shown(c)));
            } else if (!codes.add(c.asString())) {
                problem(p + ".code", Said.of("refusal.world.codeTwice", c.asString()));
            } else {
                code = c.asString();
            }
            Double score = fraction(n, "score", p + ".score", false);
            BigDecimal trade = amount(n, "tradeUsd", p + ".tradeUsd", false);
            Double freund = real(n, "freund", p + ".freund", 0, Double.MAX_VALUE, false);
            List<Signal> signals = signals(n, p);
            if (rank != null && code != null && score != null && trade != null && freund != null && signals != null) {
                products.add(new WorldProduct(rank, HsCode.of(code), score, trade, freund, signals));
            }
        }
        return products;
    }

    private @Nullable List<Signal> signals(JsonNode product, String at) {
        JsonNode array = product.get("signals");
        String path = at + ".signals";
        SignalKind[] kinds = SignalKind.values();
        if (array == null || !array.isArray()) {
            problem(path, Said.of(array == null ? "refusal.world.missing" : "refusal.world.notAList"));
            return null;
        }
        if (array.size() != kinds.length) {
            problem(path, Said.of("refusal.world.sixSignals", String.valueOf(array.size()), String.valueOf(kinds.length)));
            return null;
        }
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            String p = path + "[" + i + "]";
            JsonNode s = array.get(i);
            if (!s.isObject()) {
                problem(p, Said.of("refusal.world.notAnObjectField"));
                continue;
            }
            JsonNode kind = s.get("kind");
            if (kind == null || !kind.isString() || !kind.asString().equals(kinds[i].name())) {
                problem(p + ".kind", Said.of("refusal.world.notTheKind", kind == null ? "" : shown(kind), kinds[i].name()));
            }
            Double value = real(s, "value", p + ".value", -Double.MAX_VALUE, Double.MAX_VALUE, true);
            Double rank = fraction(s, "rank", p + ".rank", false);
            String arithmetic = text(s, "arithmetic", p + ".arithmetic");
            if (rank != null && arithmetic != null) {
                signals.add(new Signal(kinds[i], value, rank, arithmetic));
            }
        }
        return signals.size() == kinds.length ? signals : null;
    }

    private void problem(String field, Said what) {
        problems.add(new InputProblem(name, null, field, what));
        if (problems.size() >= LISTED) {
            throw new Enough();
        }
    }

    private static String shown(JsonNode node) {
        return Limits.shown(node.isString() ? node.asString() : node.toString());
    }

    /** The field's node; null (a problem said) when absent, or when null and the field may not be. */
    private @Nullable JsonNode present(JsonNode parent, String field, String path, boolean nullable) {
        JsonNode n = parent.get(field);
        if (n == null || (n.isNull() && !nullable)) {
            problem(path, Said.of("refusal.world.missing"));
            return null;
        }
        return n.isNull() ? null : n;
    }

    /**
     * Every field's reading: present (else said missing), then checked (else {@code wrong} says why, with the value as
     * written), then its value; null when absent or refused.
     */
    private <T> @Nullable T checked(JsonNode parent, String field, String path, boolean nullable, Predicate<JsonNode> ok,
                                    Function<JsonNode, Said> wrong, Function<JsonNode, T> value) {
        JsonNode n = present(parent, field, path, nullable);
        if (n == null) {
            return null;
        }
        if (!ok.test(n)) {
            problem(path, wrong.apply(n));
            return null;
        }
        return value.apply(n);
    }

    private @Nullable CountryCode country(JsonNode parent, String field, String path) {
        JsonNode n = present(parent, field, path, false);
        if (n == null) {
            return null;
        }
        if (!n.isString() || !n.asString().matches("[A-Z]{2}")) {
            problem(path, Said.of("refusal.world.notACountry", shown(n)));
            return null;
        }
        CountryCode code = CountryCode.of(n.asString());
        if (!known.test(code)) {
            problem(path, Said.of("refusal.world.unknownCountry", code.value()));
            return null;
        }
        return code;
    }

    private @Nullable Integer year(JsonNode parent, String field, String path, boolean nullable) {
        return checked(parent, field, path, nullable, n -> n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= FIRST_YEAR
                && n.intValue() <= LAST_YEAR, n -> Said.of("refusal.world.notAYear", shown(n), String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR)), JsonNode::intValue);
    }

    private @Nullable Integer whole(JsonNode parent, String field, String path, int min, int max, boolean nullable) {
        return checked(parent, field, path, nullable, n -> n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= min && n.intValue() <= max,
                n -> Said.of("refusal.world.notWhole", shown(n), String.valueOf(min), String.valueOf(max)), JsonNode::intValue);
    }

    private @Nullable Long count(JsonNode parent, String field, String path) {
        return checked(parent, field, path, false, n -> n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0,
                n -> Said.of("refusal.world.notACount", shown(n)), JsonNode::longValue);
    }

    /** A share, a score or a rank: a number from 0 to 1. */
    private @Nullable Double fraction(JsonNode parent, String field, String path, boolean nullable) {
        return checked(parent, field, path, nullable, n -> n.isNumber() && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0
                && n.doubleValue() <= 1, n -> Said.of("refusal.world.notAFraction", shown(n)), JsonNode::doubleValue);
    }

    private @Nullable Double real(JsonNode parent, String field, String path, double min, double max, boolean nullable) {
        return checked(parent, field, path, nullable, n -> n.isNumber() && Double.isFinite(n.doubleValue()) && n.doubleValue() >= min
                && n.doubleValue() <= max, n -> min == 0 ? Said.of("refusal.world.notPositive", shown(n)) : Said.of("refusal.world.notANumber",
                shown(n)), JsonNode::doubleValue);
    }

    private @Nullable BigDecimal amount(JsonNode parent, String field, String path, boolean nullable) {
        return checked(parent, field, path, nullable, n -> n.isString() && AMOUNT.matcher(n.asString()).matches(),
                n -> Said.of("refusal.world.notAnAmount", shown(n)), n -> new BigDecimal(n.asString()));
    }

    private @Nullable String text(JsonNode parent, String field, String path) {
        return checked(parent, field, path, false, n -> n.isString() && !n.asString().isBlank() && n.asString().length() <= MAX_TEXT,
                n -> Said.of("refusal.world.notAText", String.valueOf(MAX_TEXT)), JsonNode::asString);
    }

    private @Nullable Instant instant(JsonNode parent, String field, String path) {
        JsonNode n = present(parent, field, path, false);
        if (n == null) {
            return null;
        }
        try {
            if (n.isString()) {
                return Instant.parse(n.asString());
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problem(path, Said.of("refusal.world.notAnInstant", shown(n)));
        return null;
    }

    private @Nullable Boolean bool(JsonNode parent, String field, String path) {
        return checked(parent, field, path, false, JsonNode::isBoolean, n -> Said.of("refusal.world.notABoolean", shown(n)), JsonNode::booleanValue);
    }

    private @Nullable List<String> texts(JsonNode parent, String field, String path, int max) {
        JsonNode n = present(parent, field, path, false);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            problem(path, Said.of("refusal.world.notAList"));
            return null;
        }
        if (n.size() > max) {
            problem(path, Said.of("refusal.world.tooMany", String.valueOf(n.size()), String.valueOf(max)));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode t = n.get(i);
            if (!t.isString() || t.asString().isBlank() || t.asString().length() > MAX_TEXT) {
                problem(path + "[" + i + "]", Said.of("refusal.world.notAText", String.valueOf(MAX_TEXT)));
            } else {
                texts.add(t.asString());
            }
        }
        return texts;
    }
}
