package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.PurchaseCandidates.Candidate;
import org.bilateral.extraction.reading.PurchaseCandidates.Source;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * Purchase commitments in any wording, learnt from the corpus's gold ({@link PurchaseLabels}): (a) whether a sentence
 * states a commitment, from its words and word pairs, the cues of a purchase ("ordered", "to buy", "a commitment to
 * order", "MoUs worth") and of what is not one (financing, loans, investment, stakes, plans, talks), amounts and
 * organisations present; (b) among the sentence's candidate spans ({@link PurchaseCandidates}), which is the buyer and
 * which the seller, from where each stands against the purchase word, the preposition before it, whether it is the
 * sentence's subject and what kind of name it is (an aircraft or engine maker sells; a country or a group of importers
 * buys). The goods, their number and their value are the rules' ({@link Purchases#terms}).
 *
 * <p>OpenNLP's maxent (GIS), already the reader's library for sentences: deterministic, trained in a second or two on
 * the corpus's 701 sentences, and its probabilities are the proposals' confidences. Tribuo would add a dependency for
 * no gain at this size.
 */
final class PurchaseModel {

    static final String SENTENCES = "purchase-sentences.bin";
    static final String ARGUMENTS = "purchase-arguments.bin";
    static final String YES = "commitment";
    static final String NO = "other";

    /**
     * Below this a sentence is not read as a commitment. Chosen held out by publisher: over the corpus's 47 commitment
     * sentences, 0.3 gave the best F1 of the thresholds tried (0.1 to 0.5); the classes are 1 to 14, so 0.5 misses most.
     */
    static final double THRESHOLD = 0.3;

    private final MaxentModel sentences;
    private final MaxentModel arguments;

    private PurchaseModel(MaxentModel sentences, MaxentModel arguments) {
        this.sentences = sentences;
        this.arguments = arguments;
    }

    /** A purchase the model read, with the sentence's probability of stating a commitment. */
    record Reading(String buyer, @Nullable String seller, Purchases.Terms terms, double probability) {
    }

    static PurchaseModel train(List<CorpusDocument> documents) {
        return fromLabels(PurchaseLabels.of(documents).sentences());
    }

    static PurchaseModel fromLabels(List<PurchaseLabels.Labelled> labelled) {
        List<Event> sentenceEvents = new ArrayList<>();
        List<Event> argumentEvents = new ArrayList<>();
        for (PurchaseLabels.Labelled l : labelled) {
            sentenceEvents.add(new Event(l.commitment() ? YES : NO, sentenceFeatures(l.text(), l.tokens(), l.candidates())));
            if (l.commitment()) {
                int cue = cue(l.tokens());
                for (int k = 0; k < l.candidates().size(); k++) {
                    argumentEvents.add(new Event(l.roles().get(k), argumentFeatures(l.tokens(), l.candidates(), k, cue)));
                }
            }
        }
        // A corpus without a labelled commitment, or without a buyer or seller named in one, still gives a model: each
        // outcome it never saw is known by a feature no sentence has, so the model never predicts it.
        for (String role : List.of(PurchaseLabels.NONE, PurchaseLabels.BUYER, PurchaseLabels.SELLER)) {
            if (argumentEvents.stream().noneMatch(e -> e.getOutcome().equals(role))) {
                argumentEvents.add(new Event(role, new String[] {"never-seen"}));
            }
        }
        for (String outcome : List.of(YES, NO)) {
            if (sentenceEvents.stream().noneMatch(e -> e.getOutcome().equals(outcome))) {
                sentenceEvents.add(new Event(outcome, new String[] {"never-seen"}));
            }
        }
        return new PurchaseModel(maxent(sentenceEvents), maxent(argumentEvents));
    }

    private static MaxentModel maxent(List<Event> events) {
        // both outcomes are always present (see fromLabels), so a model is always made
        return java.util.Objects.requireNonNull(Maxent.train(events, ITERATIONS));
    }

    /** Enough for the purchase examples to converge. */
    private static final int ITERATIONS = 100;

    /** The models built into the workbench; their absence is a build without {@code bilateral train}, said so. */
    static PurchaseModel shipped() {
        return new PurchaseModel(shippedModel(SENTENCES), shippedModel(ARGUMENTS));
    }

    private static MaxentModel shippedModel(String file) {
        MaxentModel model = Maxent.load(ReaderModels.RESOURCES + file);
        if (model == null) {
            throw new IllegalStateException("the reader's model " + ReaderModels.RESOURCES + file
                    + " is not among the resources: run bilateral train");
        }
        return model;
    }

    static PurchaseModel load(InputStream sentences, InputStream arguments) {
        return new PurchaseModel(Maxent.read(sentences), Maxent.read(arguments));
    }

    void save(Path directory) {
        Maxent.save(sentences, directory.resolve(SENTENCES));
        Maxent.save(arguments, directory.resolve(ARGUMENTS));
    }

    /** The probability that this sentence states a purchase commitment. */
    double probability(String sentence, List<Token> tokens, List<Candidate> candidates) {
        double[] p = sentences.eval(sentenceFeatures(sentence, tokens, candidates));
        return p[sentences.getIndex(YES)];
    }

    /** "secured a loan to finance", "will invest", "a 5% stake": money that buys nothing, whatever the model's weights. */
    private static final Pattern NOT_BOUGHT = Pattern.compile("(?i)\\b(?:financ\\w*|loans?|invest\\w*|stakes?|equity)\\b");
    private static final Pattern BOUGHT = Pattern.compile("(?i)\\b(?:to (?:buy|purchase|order|import)|ordered|orders? for|purchase (?:agreement|order|contract)s?|bought)\\b");
    /** "plans to buy", "is considering an order", "in talks to purchase": a purchase not yet made (the corpus's convention). */
    static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:plans?|planning|intends?|hopes?|aims?|seeks?|wants?|considering|in talks|talks|pitching|reluctant|eyes?|eyeing)"
            + "\\s+(?:\\w+\\s+){0,2}?(?:to\\s+)?(?:buy|buying|purchase|purchasing|order|ordering|import|importing)\\b");

    private static final Pattern PURCHASE_WORD = Pattern.compile("(?i)\\b(?:buy|bought|purchas|order|import|deal|agreement|contract|mou|memorand|suppl|sell|sold|spa\\b|heads of)");

    /** Whether a sentence has any word a purchase is told with; the reader asks the model only about those. */
    static boolean mayState(String sentence) {
        return PURCHASE_WORD.matcher(sentence).find();
    }

    /** The commitment this sentence states, if the model reads one and finds its buyer. */
    @Nullable Reading read(String sentence, List<Token> tokens, List<Candidate> candidates) {
        double p = probability(sentence, tokens, candidates);
        if (p < THRESHOLD || candidates.isEmpty() || PLANNED.matcher(sentence).find()
                || NOT_BOUGHT.matcher(sentence).find() && !BOUGHT.matcher(sentence).find()) {
            return null;
        }
        int cue = cue(tokens);
        int b = -1;
        int s = -1;
        double bestBuyer = 0.3;
        double bestSeller = 0.3;
        double[][] roles = new double[candidates.size()][];
        for (int k = 0; k < candidates.size(); k++) {
            roles[k] = arguments.eval(argumentFeatures(tokens, candidates, k, cue));
        }
        int buyerIndex = arguments.getIndex(PurchaseLabels.BUYER);
        int sellerIndex = arguments.getIndex(PurchaseLabels.SELLER);
        for (int k = 0; k < candidates.size() && buyerIndex >= 0; k++) {
            // a maker sells what it makes: Boeing ordering its own jets is never the reading
            if (roles[k][buyerIndex] > bestBuyer && !isMaker(candidates.get(k).text())) {
                bestBuyer = roles[k][buyerIndex];
                b = k;
            }
        }
        if (b < 0) {
            return null;
        }
        Candidate buyer = candidates.get(b);
        for (int k = 0; k < candidates.size() && sellerIndex >= 0; k++) {
            Candidate c = candidates.get(k);
            boolean overlaps = c.start() < buyer.end() && buyer.start() < c.end();
            if (!overlaps && roles[k][sellerIndex] > bestSeller) {
                bestSeller = roles[k][sellerIndex];
                s = k;
            }
        }
        Purchases.Terms terms = Purchases.terms(sentence);
        String seller = s < 0 ? maker(candidates, buyer.text()) : name(candidates.get(s).text());
        if (terms.quantity() == null && terms.valueUsd() == null && terms.lowUsd() == null && seller == null) {
            return null; // a buyer with nothing of what it bought is not a commitment the register can hold
        }
        return new Reading(name(buyer.text()), seller, terms, p);
    }

    /** "12 Boeing 787 Dreamliners", "Boeing said": a maker the sentence names, other than the buyer, sells. */
    static @Nullable String maker(List<Candidate> candidates, String buyer) {
        for (Candidate c : candidates) {
            if (isMaker(c.text()) && !c.text().contains(buyer) && !buyer.contains(c.text())) {
                return name(c.text());
            }
        }
        return null;
    }

    private static String name(String text) {
        return text.replaceFirst("^(?:The|the)\\s+", "").replaceFirst("(?:'s|’s)$", "").strip();
    }

    // --- features -------------------------------------------------------------------------------------------------

    /**
     * A cue's name, its wording, and words one of which every match of the wording holds (none: not said). A regular
     * expression tries every position of the sentence; a sentence without any of those words cannot match, and is
     * not searched: the same features at a fraction of the cost (they were an eighth of the reader's time on generated
     * releases).
     */
    record Cue(String name, Pattern pattern, List<String> anyOf) {
        boolean in(String lower) {
            if (!anyOf.isEmpty() && anyOf.stream().noneMatch(lower::contains)) {
                return false;
            }
            return pattern.matcher(lower).find();
        }
    }

    // A list, not a Map.of: its order is the features' order, and Map.of's changes from run to run, which changed the
    // trained weights in their last digits.
    private static final List<Cue> PURCHASE_CUES = List.of(
            new Cue("order", Pattern.compile("\\b(?:order|orders|ordered|ordering)\\b"), List.of("order")),
            new Cue("to-buy", Pattern.compile("\\bto (?:buy|purchase|import|order|acquire|procure)\\b"), List.of("to ")),
            new Cue("purchase-agreement", Pattern.compile("\\bpurchase (?:agreement|order|contract|deal)s?\\b"), List.of("purchase ")),
            new Cue("commitment-to-order", Pattern.compile("\\b(?:commitment|commitments|pledge|promised?|agreed|committed) to (?:order|buy|purchase|import)"), List.of(" to ")),
            new Cue("mous-worth", Pattern.compile("\\b(?:mous?|memorand\\w* of understanding|agreements?|contracts?|deals?|letters? of intent)\\b[^.]{0,60}\\b(?:worth|valued)\\b"), List.of("worth", "valued")),
            new Cue("signed-with-to-buy", Pattern.compile("\\b(?:signed|inked|sealed|finali[sz]ed)\\b[^.]{0,100}\\bto (?:buy|purchase|import)\\b"), List.of("to ")),
            new Cue("signed", Pattern.compile("\\b(?:signed|inked|sealed)\\b"), List.of("ed")),
            new Cue("placed-order", Pattern.compile("\\bplace[sd]?\\b[^.]{0,30}\\border"), List.of("place")),
            new Cue("bought", Pattern.compile("\\b(?:bought|buys|purchased|imported)\\b"), List.of("bought", "buys", "purchased", "imported")),
            new Cue("offtake", Pattern.compile("\\b(?:sales? and purchase agreement|spa|heads of agreement|offtake|supply deal|supply agreement)\\b"), List.of("sale", "spa", "heads of agreement", "offtake", "supply ")),
            new Cue("supply-to", Pattern.compile("\\b(?:supply|supplies|sell|sells|deliver|delivers|export)\\b[^.]{0,60}\\bto\\b"), List.of("to")),
            new Cue("deal-between", Pattern.compile("\\b(?:deal|agreement|contract|mou)\\s+between\\b"), List.of("between")),
            new Cue("from", Pattern.compile("\\bfrom\\b"), List.of("from")));
    private static final List<Cue> OTHER_CUES = List.of(
            new Cue("financing", Pattern.compile("\\b(?:financ\\w*|loans?|credit|lending|lease|leasing)\\b"), List.of("financ", "loan", "credit", "lending", "leas")),
            new Cue("invest", Pattern.compile("\\binvest\\w*\\b"), List.of("invest")),
            new Cue("stake", Pattern.compile("\\b(?:stakes?|equity|shares?)\\b"), List.of("stake", "equity", "share")),
            new Cue("planned", Pattern.compile("\\b(?:plans? to|planning|consider\\w*|in talks|talks to buy|talks with|pitch\\w*|pending|could|may|might|eye[sd]?|hopes? to|aims? to|seeks? to|would like|reluctant|refused|declined|hesitant)\\b"), List.of()),
            new Cue("defence", Pattern.compile("\\b(?:defen[cs]e|arms|weapons|military|fighter)\\b"), List.of("defen", "arms", "weapons", "military", "fighter")),
            new Cue("total", Pattern.compile("\\b(?:total|totalling|totaling|combined|in all|overall)\\b"), List.of("total", "combined", "in all", "overall")),
            new Cue("deficit", Pattern.compile("\\b(?:deficit|surplus|trade gap|exports? (?:rose|fell|grew))\\b"), List.of("deficit", "surplus", "trade gap", "export")));
    /** The cues of a purchase and of what is not one, in the features' order. */
    static List<Cue> cues() {
        List<Cue> all = new ArrayList<>(PURCHASE_CUES);
        all.addAll(OTHER_CUES);
        return all;
    }

    private static final Pattern MONEY = Pattern.compile("(?:US\\$|USD|\\$|€|£)\\s?\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    /** Makers whose name marks the seller of what they make. */
    private static final Set<String> MAKERS = Set.of("boeing", "airbus", "embraer", "comac", "bombardier", "ge", "general", "cfm",
            "rolls", "pratt", "lockheed", "honeywell", "safran", "cheniere", "woodside", "qatarenergy", "sempra",
            "nextdecade", "venture", "bp", "shell", "exxonmobil", "chevron", "cargill", "adm", "bunge");
    private static final Set<String> BUYER_HEADS = Set.of("airlines", "airways", "air", "aviation", "carrier", "carriers", "group",
            "importers", "millers", "mills", "companies", "firms", "enterprises", "traders", "utilities", "refiners", "agency",
            "corp", "corporation", "jsc", "lease", "avilease", "mission", "delegation", "association", "sector");

    static String[] sentenceFeatures(String sentence, List<Token> tokens, List<Candidate> candidates) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String lower = sentence.toLowerCase(Locale.ROOT);
        // Words and word pairs were tried and left out: held out by publisher they learnt the publishers' stories (sentence
        // F1 0.54 with them, 0.64 without, over the corpus's 47 commitment sentences); the cues below carry what generalises.
        for (Cue c : PURCHASE_CUES) {
            if (c.in(lower)) {
                f.add("cue=" + c.name());
            }
        }
        for (Cue c : OTHER_CUES) {
            if (c.in(lower)) {
                f.add("not=" + c.name());
            }
        }
        boolean money = MONEY.matcher(sentence).find();
        Purchases.Terms terms = Purchases.terms(sentence);
        f.add("money=" + money);
        f.add("count=" + (terms.quantity() != null));
        if (terms.unit() != null) {
            f.add("unit=" + terms.unit());
        }
        f.add("digits=" + NUMBER.matcher(sentence).find());
        long organisations = candidates.stream().filter(c -> c.source() == Source.ORGANISATION).count();
        long groups = candidates.stream().filter(c -> c.source() == Source.GROUP || c.source() == Source.COUNTRY).count();
        f.add("orgs=" + Math.min(organisations, 3));
        f.add("groups=" + Math.min(groups, 2));
        f.add("candidates=" + Math.min(candidates.size(), 4));
        boolean maker = candidates.stream().anyMatch(c -> isMaker(c.text()));
        f.add("maker=" + maker);
        return f.toArray(String[]::new);
    }

    static String[] argumentFeatures(List<Token> tokens, List<Candidate> candidates, int k, int cue) {
        Candidate c = candidates.get(k);
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("src=" + c.source());
        String[] words = c.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1].replaceAll("[’']s$", "");
        f.add("head=" + head);
        f.add("first=" + words[0]);
        f.add("len=" + Math.min(words.length, 4));
        if (BUYER_HEADS.contains(head)) {
            f.add("buyer-head");
        }
        if (isMaker(c.text())) {
            f.add("maker");
        }
        if (Places.NATIONALITIES.containsKey(c.text())) {
            f.add("country");
        }
        OrganisationKind kind = Lexicon.ORGANISATION_WORDS.get(c.text().substring(c.text().lastIndexOf(' ') + 1));
        if (kind != null) {
            f.add("kind=" + kind);
        }
        String p1 = c.first() > 0 ? word(tokens.get(c.first() - 1)) : "<s>";
        String p2 = c.first() > 1 ? word(tokens.get(c.first() - 2)) : "<s>";
        String n1 = c.last() + 1 < tokens.size() ? word(tokens.get(c.last() + 1)) : "</s>";
        String n2 = c.last() + 2 < tokens.size() ? word(tokens.get(c.last() + 2)) : "</s>";
        f.add("p1=" + p1);
        f.add("p2=" + p2 + "_" + p1);
        f.add("n1=" + n1);
        f.add("n2=" + n1 + "_" + n2);
        for (String prep : List.of("from", "with", "to", "between", "by", "and", "for")) {
            if (p1.equals(prep) || p2.equals(prep)) {
                f.add("prep=" + prep);
            }
        }
        if (cue >= 0) {
            boolean before = c.last() < cue;
            int distance = before ? cue - c.last() : c.first() - cue;
            f.add("cue=" + (before ? "before" : "after"));
            f.add("cue-distance=" + (before ? "b" : "a") + Math.min(distance / 3, 4));
            f.add("cue-word=" + word(tokens.get(cue)) + "_" + (before ? "before" : "after"));
        } else {
            f.add("cue=none");
        }
        boolean subject = true;
        for (int j = 0; j < k; j++) {
            if (candidates.get(j).end() <= c.start()) {
                subject = false;
            }
        }
        f.add("subject=" + subject);
        f.add("rank=" + Math.min(k, 3));
        f.add("last=" + (k == candidates.size() - 1));
        return f.toArray(String[]::new);
    }

    /** The word that says a purchase: the first of "buy", "ordered", "purchase", "agreement", "deal" and their kin. */
    static int cue(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (w.startsWith("buy") || w.equals("bought") || w.startsWith("purchas") || w.startsWith("order")
                    || w.startsWith("import") || w.equals("supply") || w.equals("deal") || w.equals("deals")
                    || w.startsWith("agreement") || w.startsWith("contract") || w.startsWith("mou") || w.equals("memorandum")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMaker(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (MAKERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String word(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return Character.isDigit(w.charAt(0)) ? "<num>" : w;
    }
}
