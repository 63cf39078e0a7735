package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Purchase commitments in a sentence: "X's commitment to buying 200 aircraft", "X's purchase of 50 planes from Y",
 * "X signed a contract with Y to buy 1.5 million tonnes of corn worth $500 million", "X will import ... from Y",
 * "Y will supply ... to X". Investments, partnerships, financing and loans are not purchases.
 */
final class Purchases {

    record Purchase(int start, int end, String buyer, @Nullable String seller, @Nullable String item, @Nullable Long quantity,
                    @Nullable String unit, @Nullable Double valueUsd, @Nullable Double lowUsd, @Nullable Double highUsd,
                    @Nullable String instrument) {
    }

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{M}\\d&\\-–.]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}\\d&\\-–.]*|of))*)";
    private static final String QTY = "(?:(?:about|around|nearly|approximately|up to|more than|over|some)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|billion|thousand))?";
    /** A word of the goods; "U.S." is one word, so "500,000 tonnes of U.S. corn" does not end at "U". */
    private static final String ITEM_WORD = "(?:(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\d\\-–]+(?!\\.\\p{Lu}\\.))";
    private static final String ITEM = "(" + ITEM_WORD + "(?:\\s+" + ITEM_WORD + "){0,7}?)(?=\\s+(?:from|worth|valued|with|for|to|at|by|in|over|on|and|under|between|this|next|last|by|as|during|within|annually|a year|per year|each year|every year)\\b|\\s*[,.;)]|\\s*$)";
    /** "1 million tonnes of LNG a year from X": the rate between the goods and their seller. */
    private static final String PER_YEAR = "(?:\\s+(?:a|per|each|every)\\s+year|\\s+annually|\\s+yearly)?";
    /** "JERA, Japan's largest power generator, signed ...": a description between the buyer and its verb. */
    private static final String SUBJECT_APPOSITION = "(?:,\\s+[^,;]{3,60}?,)?";
    private static final String ACRONYM = "(?:\\s*\\([^)]{1,15}\\))?";
    private static final String WHEN = "(?:\\s+(?:on|in|at|last|this)\\s+[^,;]{1,25}?)?";
    private static final String BUY = "(?:buy|buying|purchase|purchasing|import|importing|order|ordering|procure|procuring|acquire|acquiring)";
    private static final String NOT_PURCHASE = "(?i).*\\b(?:invest|investment|investing|financing|finance|loan|credit|partnership|cooperation|joint venture|grant|aid|lease|leasing)\\b.*";

    private static final Pattern POSSESSIVE = Pattern.compile(NAME + "(?:'s|’s|'|’)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(commitment|pledge|plan|agreement|deal|decision|order|orders|purchase|purchases|contract|MOU)\\s+"
            + "(?:to\\s+" + BUY + "|for|of|on\\s+" + BUY + ")\\s+(?:the\\s+)?(?:purchase\\s+of\\s+)?" + QTY + "\\s+" + ITEM
            + PER_YEAR + "(?:\\s+from\\s+" + NAME + ")?");
    private static final Pattern SIGNED_WITH = Pattern.compile(NAME + ACRONYM + SUBJECT_APPOSITION + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:signed|inked|concluded|reached)\\s+"
            + "(?:a|an|the|two|three|several)\\s+([\\w\\s-]{0,40}?(?:agreement|contract|deal|MOU|memorandum of understanding|order))s?\\s+"
            + "with\\s+" + NAME + ACRONYM + WHEN + "\\s+(?:to\\s+" + BUY + "|for\\s+(?:the\\s+(?:purchase|supply|import)\\s+of\\s+)?|on\\s+(?:the\\s+)?"
            + "(?:purchase|purchasing|buying|import|importing|supply)\\s+(?:of\\s+)?)\\s*" + QTY + "\\s+" + ITEM);
    private static final Pattern SIGNED_TO_BUY = signedToBuy(NAME);
    private static final Pattern WILL_BUY = Pattern.compile(NAME + ACRONYM + SUBJECT_APPOSITION + "\\s+(?:also\\s+)?(?:has\\s+|have\\s+)?(?:(?:agreed|committed|pledged|plans|planned|decided|intends|promised|is set|are set|is expected)\\s+to\\s+|will\\s+|would\\s+)?"
            + "(buy|purchase|import|order|ordered|bought|purchased|procure|procured|acquire|acquired)\\s+" + QTY + "\\s+" + ITEM
            + PER_YEAR + "(?:\\s+from\\s+" + NAME + ")?");
    private static final Pattern SUPPLY = Pattern.compile(NAME + ACRONYM + "\\s+(?:will\\s+(?:also\\s+)?|has\\s+agreed\\s+to\\s+|agreed\\s+to\\s+|is\\s+to\\s+)"
            + "(?:supply|sell|deliver|provide)\\s+" + QTY + "\\s+" + ITEM + "\\s+to\\s+" + NAME);
    /** A buyer named by a name or by a group: "Seven Philippine importers", "Vietnamese airlines". */
    private static final String BUYERS = "((?:\\p{Lu}[\\p{L}\\p{M}\\d&\\-–.]*\\s+){0,3}(?:[a-z]+\\s+){0,2}?(?:importers|companies|firms|enterprises|businesses|buyers|traders"
            + "|processors|mills|airlines|carriers|utilities|refiners|millers|feed makers)|" + NAME.substring(1);
    private static final String WORTH = "\\s+(?:worth|valued at|with a (?:combined |total )?value of|totalling|totaling)\\s+(?:about\\s+|around\\s+|nearly\\s+|over\\s+"
            + "|more than\\s+|up to\\s+|some\\s+|approximately\\s+)?(?=US\\$|USD|\\$|\\d)";
    /** "Seven importers signed memorandums of understanding to purchase U.S. wheat and corn worth over $2 billion". */
    private static final Pattern SIGNED_WORTH = Pattern.compile(BUYERS + ACRONYM + "\\s+(?:today\\s+|also\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:signed|inked|concluded|reached|finali[sz]ed)\\s+"
            + "(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\s+)?((?:[\\w-]+\\s+){0,3}?(?:memorand(?:um|a|ums) of understanding|MOUs?|MoUs?|agreements?|contracts?|deals?))\\s+"
            + "(?:to\\s+" + BUY + "|for\\s+(?:the\\s+)?(?:purchase|supply|import)\\s+of|on\\s+(?:the\\s+)?(?:purchase|import)\\s+of)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{M}\\d.’'\\-– ]{2,60}?)" + WORTH);
    /** "Delta Harvest signed three MoUs worth $450 million with Cargill": the goods unnamed, the value given. */
    private static final Pattern MOUS_WORTH = Pattern.compile(BUYERS + ACRONYM + "\\s+(?:today\\s+|also\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:signed|inked|concluded)\\s+"
            + "(?:(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\s+)?((?:[\\w-]+\\s+){0,2}?(?:memorand(?:um|a|ums) of understanding|MOUs?|MoUs?|purchase agreements?|purchase contracts?|purchase deals?))"
            + WORTH + "(?:US\\$|USD|\\$)?\\s?[\\d.,]+(?:-|\\s*)(?:billion|million|bn|mn)?(?:\\s+with\\s+" + NAME + ")?");
    /** "A deal between Cargill and San Miguel Foods worth $1.2 billion": the seller first, as such reports write it. */
    private static final Pattern DEAL_BETWEEN = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\w-]+\\s+){0,3}?(deal|agreement|contract|MOU|memorandum of understanding|order)\\s+"
            + "between\\s+" + NAME + "\\s+and\\s+" + NAME + WORTH + "(?:US\\$|USD|\\$)?\\s?[\\d.,]+(?:\\s*(?:billion|million|bn|mn|thousand))?(?:\\s+(?:covers|covering|for|to supply|to buy|to purchase)\\s+(?:the\\s+(?:supply|purchase|import)\\s+of\\s+)?"
            + "([\\p{L}\\p{M}\\d\\-– ]{2,40}?)(?=\\s+(?:deliveries|shipments|over|from|in|for|by|through|until)\\b|[,.;]|$))?");
    /**
     * A value of goods rather than a count: "Japan's commitment to purchase $8 billion of American agricultural products",
     * "Indonesia will buy $4.5 billion worth of US farm goods". A country may be the buyer of such a pledge.
     */
    private static final Pattern BUY_VALUE = Pattern.compile(NAME + "(?:(?:'s|’s)\\s+(?:[\\w-]+\\s+)?(?:commitment|pledge|plan|promise|offer|agreement)\\s+to"
            + "|\\s+(?:also\\s+)?(?:has\\s+|have\\s+)?(?:agreed|committed|pledged|promised|plans|offered)\\s+to|\\s+(?:will|would)(?:\\s+also)?)\\s+" + BUY
            + "\\s+(?:an?\\s+(?:additional|extra|further)\\s+)?((?:US\\$|USD|\\$)\\s?\\d+(?:[.,]\\d+)?(?:\\s*(?:billion|million|bn|mn))?)(?:\\s+worth)?\\s+of\\s+"
            + "(?:the\\s+)?([\\p{L}\\p{M}\\d.\\-– ]{2,60}?)(?=\\s*(?:,|;|\\.|$|\\s+(?:from|by|over|in|this|next|within|including)\\b))");
    /** "an agreement for Vietnam Airlines to buy 50 Boeing 737 MAX jets", "an MOU under which X will import ...". */
    private static final Pattern AGREEMENT_FOR = Pattern.compile("\\b((?:purchase\\s+)?(?:agreement|deal|contract|memorand(?:um|a) of understanding|MOU|MoU|order))\\s+"
            + "(?:for|under which)\\s+" + NAME + ACRONYM + "\\s+(?:to|will|would|is to)\\s+" + BUY + "\\s+" + QTY + "\\s+" + ITEM
            + PER_YEAR + "(?:\\s+from\\s+" + NAME + ")?");
    /** "Indonesian wheat millers have signed a memorandum of understanding to import 1 million tonnes of US wheat". */
    private static final Pattern GROUP_SIGNED_TO_BUY = signedToBuy(BUYERS);
    private static final Pattern GROUP_NOUN = Pattern.compile("\\b(?:importers|companies|firms|enterprises|businesses|buyers|traders"
            + "|processors|mills|airlines|carriers|utilities|refiners|millers|feed makers)\\b");
    /** A maker's name before what is bought names the seller: "50 Boeing 737 MAX jets", "Airbus A321neo aircraft". */
    private static final Pattern MAKER = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*)?)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:aircraft|jets?|planes?|airplanes?|airliners?|helicopters?|engines?|turbines?|locomotives?|widebodies|narrowbodies)\\b");
    /**
     * "X signed a contract to buy 50 aircraft from Y", for a buyer written as {@code subject}: a name, or a group
     * ("Indonesian wheat millers have signed a memorandum of understanding to import ...").
     */
    private static Pattern signedToBuy(String subject) {
        return Pattern.compile(subject + ACRONYM + SUBJECT_APPOSITION + "\\s+(?:today\\s+|on\\s+\\w+\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?"
                + "(?:signed|inked|concluded|announced|reached|finali[sz]ed|placed)\\s+"
                + "(?:a|an|the|two|three|several)\\s+([\\w\\s-]{0,40}?(?:agreement|contract|deal|MOU|memorandum of understanding|order))s?\\s+"
                + "(?:to\\s+" + BUY + "|for\\s+(?:the\\s+(?:purchase|supply|import)\\s+of\\s+)?|on\\s+(?:the\\s+)?(?:purchase|purchasing|buying|import|importing)\\s+(?:of\\s+)?)\\s*"
                + QTY + "\\s+" + ITEM + PER_YEAR + "(?:\\s+from\\s+" + NAME + ")?");
    }

    private static final Pattern VALUE = Pattern.compile("(?i)(?:US\\$|USD|\\$)\\s?(\\d+(?:[.,]\\d+)?)(?:\\s*(?:-|–|to)\\s*(?:US\\$|USD|\\$)?\\s?(\\d+(?:[.,]\\d+)?))?(?:-|\\s*)(trillion|billion|million|bn|mn|thousand|b(?![a-z]))?"
            + "|(\\d+(?:[.,]\\d+)?)(?:\\s*(?:-|–|to)\\s*(\\d+(?:[.,]\\d+)?))?\\s*(billion|million|bn|mn)\\s*(?:US dollars|USD|dollars)");

    private Purchases() {
    }

    static List<Purchase> in(String sentence) {
        if (!hasDigit(sentence)) {
            return List.of(); // every pattern needs a quantity
        }
        List<Purchase> found = new ArrayList<>();
        // As below: each of the first three patterns needs a word (an apostrophe, a verb of signing) most sentences
        // lack, and a plain search for it spares the pattern's search at every position (the patterns are case-sensitive).
        boolean apostrophe = sentence.indexOf('\'') >= 0 || sentence.indexOf('’') >= 0;
        boolean signedWith = (sentence.contains("signed") || sentence.contains("inked") || sentence.contains("concluded")
                || sentence.contains("reached")) && sentence.contains("with");
        boolean signedToBuy = sentence.contains("signed") || sentence.contains("inked") || sentence.contains("concluded")
                || sentence.contains("announced") || sentence.contains("reached") || sentence.contains("finali") || sentence.contains("placed");
        Matcher m = POSSESSIVE.matcher(apostrophe ? sentence : "");
        while (m.find()) {
            add(found, sentence, m, m.group(1), m.group(6), m.group(5), m.group(3), m.group(4), instrument(m.group(2)));
        }
        m = SIGNED_WITH.matcher(signedWith ? sentence : "");
        while (m.find()) {
            if (!m.group(2).matches(NOT_PURCHASE)) {
                add(found, sentence, m, m.group(1), m.group(3), m.group(6), m.group(4), m.group(5), instrument(m.group(2)));
            }
        }
        m = SIGNED_TO_BUY.matcher(signedToBuy ? sentence : "");
        while (m.find()) {
            if (!m.group(2).matches(NOT_PURCHASE)) {
                add(found, sentence, m, m.group(1), m.group(6), m.group(5), m.group(3), m.group(4), instrument(m.group(2)));
            }
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean signed = lower.contains("signed") || lower.contains("inked") || lower.contains("conclude") || lower.contains("reached")
                || lower.contains("finali");
        boolean worth = lower.contains("worth") || lower.contains("valued") || lower.contains("value of") || lower.contains("total");
        // The patterns below are costly and most sentences lack the words they need: plain searches spare them.
        m = AGREEMENT_FOR.matcher(lower.contains(" for ") || lower.contains("under which") ? sentence : "");
        while (m.find()) {
            add(found, sentence, m, m.group(2), m.group(6), m.group(5), m.group(3), m.group(4), instrument(m.group(1)));
        }
        m = GROUP_SIGNED_TO_BUY.matcher(signed && GROUP_NOUN.matcher(sentence).find() ? sentence : "");
        while (m.find()) {
            if (!m.group(2).matches(NOT_PURCHASE)) {
                add(found, sentence, m, m.group(1), m.group(6), m.group(5), m.group(3), m.group(4), instrument(m.group(2)));
            }
        }
        m = WILL_BUY.matcher(sentence);
        while (m.find()) {
            String verb = m.group(2);
            String instrument = verb.endsWith("ed") || verb.equals("bought") ? "order" : "announcement";
            add(found, sentence, m, m.group(1), m.group(6), m.group(5), m.group(3), m.group(4), instrument);
        }
        m = SUPPLY.matcher(sentence);
        while (m.find()) {
            add(found, sentence, m, m.group(5), m.group(1), m.group(4), m.group(2), m.group(3), "announcement");
        }
        m = SIGNED_WORTH.matcher(signed && worth ? sentence : "");
        while (m.find()) {
            if (!m.group(2).matches(NOT_PURCHASE) && !m.group(3).matches(NOT_PURCHASE)) {
                add(found, sentence, m, m.group(1), null, m.group(3), null, null, instrument(m.group(2)));
            }
        }
        m = MOUS_WORTH.matcher(signed && worth && !sentence.matches(NOT_PURCHASE) ? sentence : "");
        while (m.find()) {
            add(found, sentence, m, m.group(1), m.group(3), null, null, null, instrument(m.group(2)));
        }
        m = BUY_VALUE.matcher(sentence.indexOf('$') >= 0 || sentence.contains("USD") ? sentence : "");
        while (m.find()) {
            if (!m.group(3).matches(NOT_PURCHASE)) {
                addPledge(found, sentence, m, m.group(1), m.group(3));
            }
        }
        m = DEAL_BETWEEN.matcher(worth && lower.contains(" between ") ? sentence : "");
        while (m.find()) {
            if (!sentence.substring(m.start(), m.end()).matches(NOT_PURCHASE)) {
                add(found, sentence, m, m.group(3), m.group(2), m.group(4), null, null, instrument(m.group(1)));
            }
        }
        // "X's purchase of 50 planes from Boeing" names the seller once for every purchase listed before it.
        Purchase named = found.stream().filter(p -> p.seller() != null).findFirst().orElse(null);
        String seller = named == null ? null : named.seller();
        List<Purchase> out = new ArrayList<>();
        for (Purchase p : found) {
            out.add(p.seller() == null && seller != null && !seller.equals(p.buyer()) && p.start() < named.start()
                    ? new Purchase(p.start(), p.end(), p.buyer(), seller, p.item(), p.quantity(), p.unit(), p.valueUsd(),
                    p.lowUsd(), p.highUsd(), p.instrument())
                    : p);
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Purchase> found, String sentence, Matcher m, String buyer, @Nullable String seller, @Nullable String item,
                            @Nullable String number, @Nullable String scale, @Nullable String instrument) {
        String b = trimName(buyer);
        if (b == null || Lexicon.NOT_NAMES.contains(b) || Places.NATIONALITIES.containsKey(b)) {
            return;
        }
        for (Purchase p : found) {
            if (m.start() < p.end() && p.start() < m.end()) {
                return;
            }
        }
        String it = item == null ? null : item.strip();
        String unit = it == null || number == null ? null : unit(it);
        Long quantity = quantity(number, scale);
        String tail = sentence.substring(m.start(), Math.min(sentence.length(), m.end() + 80));
        Double[] value = value(tail);
        if (number != null && isMoney(sentence, m, number)) {
            return;
        }
        String sold = trimName(seller);
        if (sold != null && (Places.NATIONALITIES.containsKey(sold) || Places.NATIONALITIES.containsKey(sold + "."))) {
            sold = null; // "from U.S. suppliers": a country is not a seller the register can hold
        }
        if (sold == null && it != null) {
            Matcher maker = MAKER.matcher(it);
            if (maker.find() && !Places.NATIONALITIES.containsKey(maker.group(1)) && !maker.group(1).equals(b)) {
                sold = maker.group(1);
            }
        }
        found.add(new Purchase(m.start(), m.end(), b, sold, goods(it), quantity, unit, value[0], value[1], value[2], instrument));
    }

    /** A measure and an origin are not the goods: "tonnes of U.S. corn" is corn, counted in tonnes. */
    private static final Pattern MEASURE_OF = Pattern.compile("^(?:metric\\s+)?(?:tonnes|tons|barrels|bushels|cargoes|cargos|shipments|units|bags|containers)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern ORIGIN = Pattern.compile("^(?:(?:\\p{Lu}\\.){2,}|US|USA|American|U\\.S\\.-(?:made|grown|produced))\\s+(?=\\p{L})");

    static @Nullable String goods(String item) {
        if (item == null) {
            return null;
        }
        String g = MEASURE_OF.matcher(item.strip()).replaceFirst("");
        g = ORIGIN.matcher(g).replaceFirst("");
        return g.isEmpty() ? item.strip() : g;
    }

    /** What a sentence says of a purchase whose parties a model chose: the goods counted, their number, their value. */
    record Terms(@Nullable String item, @Nullable Long quantity, @Nullable String unit, @Nullable Double valueUsd,
                 @Nullable Double lowUsd, @Nullable Double highUsd) {
    }

    /** A count of goods: "50 narrow-body 737-8 jets", "12 Boeing 787 Dreamliners", "150 A321neos", "500,000 tonnes of U.S. corn". */
    private static final Pattern COUNT = Pattern.compile("(?<![$\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|thousand))?\\s+"
            + "((?:(?:more|new|additional|firm|(?!billion|million)[\\p{L}\\d][\\p{L}\\p{M}\\d-]*)\\s+){0,4}?"
            + "(?:aircraft|jets?|planes?|airplanes?|aeroplanes?|airliners?|Dreamliners?|widebodies|narrowbodies|helicopters?|engines?|turbines?"
            + "|locomotives?|vessels?|ships?|\\p{Lu}+\\d{2,3}[\\p{L}\\d-]*s"
            + "|(?:metric\\s+)?(?:tonnes|tons|barrels|bushels|cargoes)(?:\\s+of\\s+(?:" + ITEM_WORD + "\\s+){0,3}?" + ITEM_WORD + "(?=\\s+(?:from|worth|valued|with|for|to|at|by|in|over|on|and|a|per|each)\\b|\\s*[,.;)]|\\s*$))?))\\b");
    /** An upper bound or an option is not the firm count: "as many as 230", "an option to buy 10 more". */
    private static final Pattern NOT_FIRM = Pattern.compile("(?i)(?:option\\w*|as many as|up to|potentially rising to|further|another)\\W+(?:\\w+\\W+){0,3}$");

    static Terms terms(String sentence) {
        String item = null;
        Long quantity = null;
        String unit = null;
        Matcher c = COUNT.matcher(sentence);
        while (c.find()) {
            String before = sentence.substring(Math.max(0, c.start() - 40), c.start());
            if (NOT_FIRM.matcher(before).find() || c.group(1).matches("(?:19|20)\\d\\d")) {
                continue;
            }
            quantity = quantity(c.group(1), c.group(2));
            unit = unit(c.group(3));
            item = goods(c.group(3));
            break;
        }
        Double[] value = {null, null, null};
        Matcher v = VALUE.matcher(sentence);
        while (v.find()) {
            int at = v.start();
            // "S$19 billion", "HK$2 billion": another dollar is not the value in US dollars
            if (at > 0 && Character.isLetter(sentence.charAt(at - 1)) && sentence.charAt(at) == '$') {
                continue;
            }
            value = value(sentence.substring(at));
            break;
        }
        return new Terms(item, quantity, unit, value[0], value[1], value[2]);
    }

    /** A country's or a company's pledge to buy goods of a value: the buyer may be a country ("Japan's commitment"). */
    private static void addPledge(List<Purchase> found, String sentence, Matcher m, String buyer, String item) {
        String b = buyer.strip().replaceFirst("^(?:The|the)\\s+", "");
        if (Lexicon.NOT_NAMES.contains(b) && !Places.NATIONALITIES.containsKey(b)) {
            return;
        }
        for (Purchase p : found) {
            if (m.start() < p.end() && p.start() < m.end()) {
                return;
            }
        }
        Double[] value = value(sentence.substring(m.start(2)));
        found.add(new Purchase(m.start(), m.end(), b, null, item.strip(), null, null, value[0], value[1], value[2], "announcement"));
    }

    /** "$2 billion of soybeans" reads as a value, not a count: the number follows a currency sign. */
    private static boolean isMoney(String sentence, Matcher m, String number) {
        int at = sentence.indexOf(number, m.start());
        return at > 0 && (sentence.charAt(at - 1) == '$' || sentence.substring(Math.max(0, at - 4), at).contains("USD"));
    }

    private static @Nullable String trimName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replaceAll("\\s+of$", "");
        if (n.endsWith(".") && !n.matches(".*\\b(?:Inc|Co|Corp|Ltd|Jr|Bros|Plc)\\.$")) {
            n = n.substring(0, n.length() - 1);
        }
        n = n.replaceFirst("^(The|the|A|An)\\s+", "");
        // "Seven Philippine importers": a count is not part of the buyer's name
        n = n.replaceFirst("^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|\\d+)\\s+(?=\\S+\\s+[a-z])", "");
        String[] words = n.split("\\s+");
        // "US Boeing", "Vietnamese Vietjet": a nationality before a company's name is not part of it; before a group it is
        // ("Malaysia Aviation Group", "Korea Gas Corp." keep their country: it is their name, not an adjective)
        if (words.length > 1 && !Places.NATIONALITIES.containsKey(n) && (Places.DEMONYMS.contains(words[0]) || words[0].matches("US|U\\.S\\.|USA")) && Character.isUpperCase(words[1].charAt(0))
                && !(words.length == 2 && Lexicon.ORGANISATION_WORDS.containsKey(words[1]))) {
            n = n.substring(words[0].length()).strip();
        }
        return n.isEmpty() ? null : n;
    }

    private static @Nullable Long quantity(String number, String scale) {
        if (number == null) {
            return null;
        }
        double n = Double.parseDouble(number.replace(",", ""));
        if (scale != null) {
            n *= switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                default -> 1e9;
            };
        }
        return Math.round(n);
    }

    private static String unit(String item) {
        String i = item.toLowerCase(Locale.ROOT);
        if (i.matches(".*\\b(aircraft|planes?|jets?|airplanes?|aeroplanes?|airliners?|dreamliners?|widebodies|narrowbodies|helicopters?)\\b.*")
                || item.matches("^\\p{Lu}+\\d{2,3}[\\p{L}\\d-]*s$")) {
            return "aircraft";
        }
        if (i.matches("^(tonnes?|tons?|metric tons?)\\b.*")) {
            return "tonnes";
        }
        if (i.matches("^(barrels?|bbl)\\b.*")) {
            return "barrels";
        }
        if (i.matches("^(cargoes|cargos?|shipments?)\\b.*")) {
            return "cargoes";
        }
        String[] words = item.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The dollar value near the purchase, as value, low and high: "$1-2 billion" gives low 1e9, high 2e9. */
    private static Double[] value(String text) {
        Matcher v = VALUE.matcher(text);
        if (!v.find()) {
            return new Double[] {null, null, null};
        }
        boolean first = v.group(1) != null;
        double low = Double.parseDouble((first ? v.group(1) : v.group(4)).replace(",", "."));
        String highText = first ? v.group(2) : v.group(5);
        String scale = first ? v.group(3) : v.group(6);
        double factor = scale == null ? 1 : switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1e12;
            case "billion", "bn", "b" -> 1e9;
            case "million", "mn" -> 1e6;
            case "thousand" -> 1e3;
            default -> 1;
        };
        if (highText == null) {
            return new Double[] {low * factor, null, null};
        }
        double high = Double.parseDouble(highText.replace(",", "."));
        return new Double[] {null, low * factor, high * factor};
    }

    private static String instrument(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.contains("memorandum") || n.contains("mou")) {
            return "mou";
        }
        if (n.contains("framework")) {
            return "framework_agreement";
        }
        if (n.contains("order")) {
            return "order";
        }
        if (n.contains("contract") || n.contains("agreement") || n.contains("deal") || n.contains("purchase")) {
            return "purchase_agreement";
        }
        return "announcement";
    }
}
