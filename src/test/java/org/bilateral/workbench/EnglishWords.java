package org.bilateral.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The English words a Vietnamese page shows its reader. Only what a reader sees is read: the text between tags (not
 * scripts or styles), the attributes a reader meets (title, placeholder, aria-label, alt, a button's value) and the
 * words a chart draws (its series, axis names and categories, from {@code data-echarts} or the {@code chart-data}
 * script).
 *
 * <p>A Vietnamese page always writes its diacritics, yet a Vietnamese syllable without any ("do", "con", "tin", "an",
 * "Cam") is plain ASCII too, so a word is taken for English when it is ASCII and cannot be a Vietnamese syllable
 * (an onset and a rhyme as Vietnamese spelling allows: "exports", "risk", "round"), or when it is one of the few short
 * English words that happen to spell a syllable but that a Vietnamese page never writes without its diacritics ("the",
 * "by", "on"). Acronyms (USD, HS, VN, CSV, AD/CVD), units (kg, m²), single letters (a footnote's mark), addresses, paths
 * and file names pass, and so do the words the caller allows:
 * the names of people, organisations and documents in the register ({@link #namesIn(JdbcClient)}) and the user's own
 * free text.
 */
final class EnglishWords {

    /** A Vietnamese syllable with its diacritics taken off: an onset, then a rhyme closed by a consonant or open. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                    + "(?:(?:uye|oa|oe|oo|ua|ue|uy|ie|ye|uo|[aeiouy])(?:ch|nh|ng|[cmnpt])"
                    + "|ieu|yeu|oai|oay|oao|oeo|uai|uay|uoi|uou|uya|uyu"
                    + "|ai|ao|au|ay|eo|eu|ia|iu|oi|ua|ui|uu|ue|uy|oa|oe|uo|[aeiouy])");

    /**
     * Short English words that spell a Vietnamese syllable but that no Vietnamese page writes without diacritics. Not
     * "than" (coal), "pin" (battery), "men" (enamel, yeast) or "bin" ("tua-bin", turbine): Vietnamese words that carry
     * no diacritics at all, as Vietnam's nomenclature writes them ("Than đá", "Pin và bộ pin", "Tua bin khí").
     */
    private static final Set<String> ENGLISH_SYLLABLES = Set.of(
            "the", "to", "by", "at", "on", "it", "up", "go", "no", "he", "me", "not", "then", "set", "top",
            "map", "man", "hot", "cut", "tap", "ten", "tip", "ton", "can't", "yen");

    /**
     * Loan words Vietnam's nomenclature (hs2022-vi.csv) writes in its Vietnamese text, which the workbench's own
     * Vietnamese words quote beside codes the test reference does not hold: "Lúa mì và meslin" (1001, the wheat
     * sector's description), "Alpha olefins" (27101291; the ISO 3166 "mã alpha-3" heading).
     */
    private static final Set<String> NOMENCLATURE_LOAN_WORDS = Set.of("meslin", "alpha");

    /** The workbench's own name, which every page shows in its navigation. */
    private static final String OWN_NAME = "bilateral";

    /** Names of formats a page offers to read, which no language translates. */
    private static final Set<String> FORMATS = Set.of("markdown", "gzip", "tab", "atom");

    /** Units of measure and the multiplier sign, as tables write them. */
    private static final Set<String> UNITS = Set.of("kg", "g", "t", "l", "m", "km", "x", "pcs");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Web and mail addresses, paths and file names: what a reader copies, not reads. */
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+"
            + "|(?:[\\w.-]*/){2,}[\\w.-]*|(?:[\\w.-]+/)*[\\w.-]+\\.(?:csv|tsv|txt|json|xlsx|xls|docx|pdf|gz|zip|md|html)\\b");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CHART_SCRIPT = Pattern.compile(
            "<script[^>]*type=\"application/json\"[^>]*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /**
     * What is not the page's own words: scripts, styles and templates (never read), code (a record's payload as stored)
     * and quotations (a document's own words, as the press release wrote them).
     */
    private static final Pattern HIDDEN = Pattern.compile(
            "<(script|style|template|code|blockquote|q)\\b[^>]*>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern SEEN_ATTRIBUTE = Pattern.compile(
            "\\s(title|placeholder|aria-label|alt|data-echarts)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON_VALUE = Pattern.compile(
            "<input\\b(?=[^>]*\\stype=\"(?:submit|button|reset)\")[^>]*\\svalue=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EnglishWords() {
    }

    /** The English words a page shows, each once, in order; none when every word is Vietnamese or allowed. */
    static Set<String> in(String html, Set<String> allowed) {
        Set<String> found = new TreeSet<>();
        for (String text : visibleText(html)) {
            found.addAll(inText(text, allowed));
        }
        return found;
    }

    /** The English words of a text a reader sees. */
    static Set<String> inText(String text, Set<String> allowed) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(ADDRESS.matcher(text).replaceAll(" "));
        while (m.find()) {
            String word = m.group();
            if (isEnglish(word, allowed)) {
                found.add(word);
            }
        }
        return found;
    }

    static boolean isEnglish(String word, Set<String> allowed) {
        if (!word.chars().allMatch(c -> c < 128)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower)) {
            return false; // an acronym (USD, HS, AD, CVD) or a single capital
        }
        if (UNITS.contains(word) || word.length() == 1 || allowed.contains(lower) || lower.equals(OWN_NAME)
                || NOMENCLATURE_LOAN_WORDS.contains(lower)
                || FORMATS.contains(lower)) {
            return false;
        }
        return ENGLISH_SYLLABLES.contains(lower) || !vietnameseSyllable(lower);
    }

    /** Whether a lower-case ASCII word can be a Vietnamese syllable written without its diacritics. */
    static boolean vietnameseSyllable(String lower) {
        return SYLLABLE.matcher(lower).matches();
    }

    /** The texts of a page a reader sees: text between tags, attributes a reader meets, the words its charts draw. */
    static List<String> visibleText(String html) {
        List<String> texts = new ArrayList<>();
        String page = COMMENT.matcher(html).replaceAll(" ");
        Matcher chart = CHART_SCRIPT.matcher(page);
        while (chart.find()) {
            texts.addAll(chartWords(chart.group(1)));
        }
        page = HIDDEN.matcher(page).replaceAll(" ");
        Matcher attribute = SEEN_ATTRIBUTE.matcher(page);
        while (attribute.find()) {
            String value = unescape(attribute.group(2));
            if (attribute.group(1).equalsIgnoreCase("data-echarts")) {
                texts.addAll(chartWords(value));
            } else {
                texts.add(value);
            }
        }
        Matcher button = BUTTON_VALUE.matcher(page);
        while (button.find()) {
            texts.add(unescape(button.group(1)));
        }
        texts.add(unescape(TAG.matcher(page).replaceAll(" ")));
        return texts;
    }

    /** The words a chart draws: series and axis names, categories, legend entries, marked lines' labels. */
    static List<String> chartWords(String json) {
        List<String> words = new ArrayList<>();
        if (json.isBlank()) {
            return words;
        }
        collect(JSON.readTree(json), null, words);
        return words;
    }

    private static void collect(JsonNode node, String field, List<String> words) {
        if (node.isString()) {
            if (field != null && Set.of("name", "data", "formatter", "text", "caption").contains(field)) {
                words.add(node.asString());
            }
        } else if (node.isArray()) {
            for (JsonNode each : node) {
                collect(each, field, words);
            }
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                collect(entry.getValue(), entry.getKey(), words);
            }
        }
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replaced = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> entity.startsWith("#x") ? Character.toString(Integer.parseInt(entity.substring(2), 16))
                        : entity.startsWith("#") ? Character.toString(Integer.parseInt(entity.substring(1))) : " ";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The words of the names the register holds, which a Vietnamese page shows as they were written: people's and
     * organisations' names in every spelling, press releases' and imported files' names, the datasets they came
     * from, the accounts' user names and who imported or read what, the deals' items and notes as reported (the
     * register's own words) and the purchase targets' codes, names, notes and product groups as their authors wrote
     * them (the demonstration's, "Farm goods (illustrative)", are written in English, as a deal's note may be). Lower case.
     */
    static Set<String> namesIn(JdbcClient jdbc) {
        Set<String> words = new TreeSet<>();
        for (String sql : List.of(
                "select name from person_name", "select name from person", "select name from organisation_name",
                "select name from organisation", "select coalesce(acronym, '') from organisation",
                "select name from press_release", "select file_name from trade_import", "select dataset from trade_import",
                "select imported_by from trade_import", "select ingested_by from press_release", "select username from app_user",
                "select distinct actor from audit_entry",
                "select item from deal", "select coalesce(note, '') from deal", "select code from purchase_target",
                "select name from purchase_target", "select coalesce(note, '') from purchase_target",
                "select product_group from purchase_target_product")) {
            for (String name : jdbc.sql(sql).query(String.class).list()) {
                words(name, words);
            }
        }
        return words;
    }

    /**
     * The words of Vietnam's own nomenclature (the HS descriptions in Vietnamese the reference holds): Vietnamese text as
     * the state publishes it, loan words and all ("tranzito", "meslin", "Alpha", "luminaires" in brackets beside "Đèn").
     * Lower case.
     */
    static Set<String> nomenclatureIn(JdbcClient jdbc) {
        Set<String> words = new TreeSet<>();
        for (String description : jdbc.sql("select description_vi from hs_code where description_vi is not null")
                .query(String.class).list()) {
            words(description, words);
        }
        return words;
    }

    /** The countries' names in Vietnamese as the JDK's locale data writes them ("Canada", "Mexico"): names of places. */
    static Set<String> countriesInVietnamese() {
        Set<String> words = new TreeSet<>();
        Locale vietnamese = Locale.forLanguageTag("vi");
        for (String country : Locale.getISOCountries()) {
            words(new Locale.Builder().setRegion(country).build().getDisplayCountry(vietnamese), words);
        }
        return words;
    }

    /**
     * The US states' Vietnamese names (messages_vi {@code usState.*}): most are the English names ("Washington",
     * "Texas"), as Vietnamese writes them, the rest Vietnamese ("Bắc Carolina"). Lower case.
     */
    static Set<String> usStatesInVietnamese() {
        Set<String> words = new TreeSet<>();
        java.util.Properties vi = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(
                java.util.Objects.requireNonNull(EnglishWords.class.getResourceAsStream("/messages_vi.properties")),
                java.nio.charset.StandardCharsets.UTF_8)) {
            vi.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        vi.stringPropertyNames().stream().filter(k -> k.startsWith("usState.")).forEach(k -> words(vi.getProperty(k), words));
        return words;
    }

    /** A text's words, lower case, added to those given: the user's own free text a page shows back. */
    static Set<String> words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
        return into;
    }
}
