package org.bilateral.extraction.reading;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.policy.PolicyTopic;

/** What an engagement was about, and which policy issues a report raises, by the words a report uses for them. */
final class Topics {

    /**
     * Topic words in lower case, matched at the start of a word (so "invest" finds "investment"); a word ending in
     * "!" must also end there ("gas!" is not "gasoline"). Plain searches, because case-insensitive alternations over
     * every sentence were the reader's largest cost.
     */
    private static final Map<String, String[]> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("energy", new String[] {"energy", "lng!", "liquefied natural gas", "oil and gas", "gas!", "electricity", "power plant",
                "renewable", "offshore wind", "turbine", "nuclear"});
        TOPICS.put("aviation", new String[] {"aviation", "aircraft", "airline", "airplane", "planes!", "fleet", "aerospace"});
        TOPICS.put("agriculture", new String[] {"agricultur", "farm", "soybean", "corn!", "wheat", "cotton", "beef", "poultry", "fisher",
                "seafood", "food safety"});
        TOPICS.put("technology", new String[] {"high-tech", "hi-tech", "semiconductor", "chip", "gpu", "artificial intelligence", "ai!",
                "digital", "technolog", "innovation"});
        TOPICS.put("investment", new String[] {"invest"});
        TOPICS.put("supply chains", new String[] {"supply chain"});
        TOPICS.put("trade negotiations", new String[] {"negotiat", "reciprocal trade agreement"});
        TOPICS.put("trade balance", new String[] {"trade balance", "trade gap", "trade deficit", "trade surplus", "balanced trade",
                "balance the trade"});
        TOPICS.put("logistics", new String[] {"logistics"});
        TOPICS.put("market access", new String[] {"market access", "market openness"});
    }

    /** Cheap words without which an issue's pattern cannot match. */
    private static final Map<PolicyTopic, String[]> ISSUE_HINTS = Map.of(
            PolicyTopic.MARKET_ECONOMY_STATUS, new String[] {"market"},
            PolicyTopic.EXPORT_CONTROLS, new String[] {"export", "d1", "d3", "d:", "group", "entity list", "tech"},
            PolicyTopic.TRADE_FRAUD, new String[] {"fraud", "transship", "trans-ship", "evasion", "circumvent", "false"},
            PolicyTopic.TARIFFS, new String[] {"tariff", "dut", "levies"});

    private static final Map<PolicyTopic, Pattern> ISSUES = Map.of(
            PolicyTopic.MARKET_ECONOMY_STATUS, Pattern.compile("(?i)\\bmarket[- ]economy (?:status|recognition)|\\brecogni[sz]\\w* (?:\\w+ ){0,3}as a market economy|non-market econom\\w*"),
            PolicyTopic.EXPORT_CONTROLS, Pattern.compile("(?i)\\bexport[- ]control|\\b(?:country )?groups? D|\\bD:?\\s?[13]\\b(?:,\\s*D:?\\s?[13])?|\\bEntity List\\b|high-tech export restrictions|restrictions on (?:exports of )?(?:high|advanced)[- ]tech"),
            PolicyTopic.TRADE_FRAUD, Pattern.compile("(?i)\\btrade fraud|origin fraud|\\btransshipment|trans-shipment|duty evasion|tariff evasion|circumvent\\w*|fraud\\w* (?:of|on) origin|false (?:origin|labell?ing)|origin (?:labell?ing )?fraud"),
            PolicyTopic.TARIFFS, Pattern.compile("(?i)\\btariffs?\\b(?!\\s+(?:evasion|fraud|circumvention))|\\bimport dut(?:y|ies)\\b|\\bcustoms dut(?:y|ies)\\b|\\bduty rates?\\b|\\blevies\\b"));

    private Topics() {
    }

    static Set<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        TOPICS.forEach((name, words) -> {
            for (String w : words) {
                if (containsWord(lower, w)) {
                    found.add(name);
                    return;
                }
            }
        });
        return found;
    }

    static Set<PolicyTopic> issues(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Set<PolicyTopic> found = new LinkedHashSet<>();
        for (PolicyTopic t : PolicyTopic.values()) {
            if (!t.isIssue()) {
                continue; // a topic of asks only (market access and others)
            }
            boolean hinted = false;
            for (String hint : ISSUE_HINTS.get(t)) {
                hinted |= lower.contains(hint);
            }
            if (hinted && ISSUES.get(t).matcher(sentence).find()) {
                found.add(t);
            }
        }
        return found;
    }

    private static boolean containsWord(String lower, String word) {
        boolean whole = word.endsWith("!");
        String w = whole ? word.substring(0, word.length() - 1) : word;
        int at = lower.indexOf(w);
        while (at >= 0) {
            boolean starts = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            int end = at + w.length();
            boolean ends = !whole || end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (starts && ends) {
                return true;
            }
            at = lower.indexOf(w, at + 1);
        }
        return false;
    }
}
