package org.bilateral.extraction.reading;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.policy.PolicyTopic;

/** What an engagement was about, and which policy issues a report raises, by the words a report uses for them. */
final class Topics {

    private static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        topic("energy", "energy|LNG|liquefied natural gas|oil and gas|\\bgas\\b|electricity|power plants?|renewable|offshore wind|turbines?|nuclear");
        topic("aviation", "aviation|aircraft|airlines?|airplanes?|planes|fleet|aerospace");
        topic("agriculture", "agricultur\\w*|farm\\w*|soybeans?|corn|wheat|cotton|beef|poultry|fisher\\w*|seafood|food safety");
        topic("technology", "high-tech|hi-tech|semiconductors?|chips?|GPUs?|artificial intelligence|\\bAI\\b|digital|technolog\\w*|innovation");
        topic("investment", "invest\\w*");
        topic("supply chains", "supply chains?");
        topic("trade negotiations", "negotiat\\w*|reciprocal trade agreement");
        topic("trade balance", "trade (?:balance|gap|deficit|surplus)|balanced trade|balance the trade");
        topic("logistics", "logistics");
        topic("market access", "market access|market openness");
    }

    private static void topic(String name, String words) {
        TOPICS.put(name, Pattern.compile("(?i)\\b(?:" + words + ")"));
    }

    private static final Map<PolicyTopic, Pattern> ISSUES = Map.of(
            PolicyTopic.MARKET_ECONOMY_STATUS, Pattern.compile("(?i)\\bmarket[- ]economy (?:status|recognition)|\\brecogni[sz]\\w* (?:\\w+ ){0,3}as a market economy|non-market economy"),
            PolicyTopic.EXPORT_CONTROLS, Pattern.compile("(?i)\\bexport[- ]control|\\b(?:country )?groups? D|\\bD:?\\s?[13]\\b(?:,\\s*D:?\\s?[13])?|\\bEntity List\\b|high-tech export restrictions|restrictions on (?:exports of )?(?:high|advanced)[- ]tech"),
            PolicyTopic.TRADE_FRAUD, Pattern.compile("(?i)\\btrade fraud|origin fraud|\\btransshipment|trans-shipment|duty evasion|tariff evasion|circumvent\\w*|fraud\\w* (?:of|on) origin|false (?:origin|labell?ing)|origin (?:labell?ing )?fraud"),
            PolicyTopic.TARIFFS, Pattern.compile("(?i)\\btariffs?\\b(?!\\s+(?:evasion|fraud|circumvention))|\\bimport dut(?:y|ies)\\b|\\bcustoms dut(?:y|ies)\\b|\\bduty rates?\\b|\\blevies\\b"));

    private Topics() {
    }

    static Set<String> of(String text) {
        Set<String> found = new LinkedHashSet<>();
        TOPICS.forEach((name, p) -> {
            if (p.matcher(text).find()) {
                found.add(name);
            }
        });
        return found;
    }

    static Set<PolicyTopic> issues(String sentence) {
        Set<PolicyTopic> found = new LinkedHashSet<>();
        for (PolicyTopic t : PolicyTopic.values()) {
            if (ISSUES.get(t).matcher(sentence).find()) {
                found.add(t);
            }
        }
        return found;
    }
}
