package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.reading.PurchaseCandidates.Candidate;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * What {@link PurchaseModel} learns from: the corpus's gold gives each commitment's buyer, seller, quantity and value as
 * names and numbers, not as places in the text. Each document is read by the reader's own steps (CleanText, Sentences,
 * Tokens, Names); a commitment is placed in the sentence naming its buyer with the most of its seller, quantity, value
 * and a purchase word; in that sentence the candidates equal to a buyer's or a seller's alias (compared without
 * diacritics, case or punctuation, as the scorer compares them) are labelled so. What cannot be placed is counted.
 */
final class PurchaseLabels {

    /** One sentence: a commitment or not, and for a commitment the role of each candidate. */
    record Labelled(String text, List<Token> tokens, List<Candidate> candidates, boolean commitment, List<String> roles) {
    }

    /** How much of the gold could be placed: commitments, those with a sentence, buyers and sellers found as spans. */
    record Counts(int commitments, int placed, int buyersPlaced, int sellersNamed, int sellersPlaced) {

        int unplaced() {
            return commitments - placed;
        }
    }

    record Result(List<Labelled> sentences, Counts counts) {
    }

    static final String BUYER = "buyer";
    static final String SELLER = "seller";
    static final String NONE = "none";

    private static final Pattern PURCHASE_WORD = Pattern.compile("(?i)\\b(?:buy\\w*|bought|purchas\\w*|order\\w*|import\\w*|suppl\\w*|deal|agreement|contract|mou|spa)\\b");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s*(billion|million|bn|b\\b|mn)?", Pattern.CASE_INSENSITIVE);

    private PurchaseLabels() {
    }

    static Result of(List<CorpusDocument> documents) {
        Names names = new Names(new Register(KnownNames.none()));
        List<Labelled> out = new ArrayList<>();
        int commitments = 0;
        int placed = 0;
        int buyers = 0;
        int sellersNamed = 0;
        int sellers = 0;
        for (CorpusDocument d : documents) {
            CleanText clean = CleanText.of(d.text());
            List<Sentence> sentences = Sentences.of(clean).stream().filter(s -> !s.headline()).toList();
            List<List<Token>> tokens = new ArrayList<>();
            List<List<Candidate>> candidates = new ArrayList<>();
            for (Sentence s : sentences) {
                List<Token> t = Tokens.of(s.text());
                tokens.add(t);
                candidates.add(PurchaseCandidates.of(s.text(), t, names.find(s.text(), t)));
            }
            List<String[]> roles = new ArrayList<>();
            boolean[] positive = new boolean[sentences.size()];
            for (List<Candidate> c : candidates) {
                String[] r = new String[c.size()];
                java.util.Arrays.fill(r, NONE);
                roles.add(r);
            }
            for (GoldDocument.Commitment g : d.gold().commitments()) {
                commitments++;
                Set<String> buyer = keys(g.buyer());
                Set<String> seller = keys(g.seller());
                int best = -1;
                int bestScore = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    int score = score(sentences.get(i).text(), buyer, seller, g);
                    if (score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
                if (best < 0 || bestScore < 5) {
                    continue; // no sentence names the buyer with anything of its purchase
                }
                placed++;
                if (!seller.isEmpty()) {
                    sellersNamed++;
                }
                boolean buyerFound = false;
                boolean sellerFound = false;
                for (int i = 0; i < sentences.size(); i++) {
                    if (score(sentences.get(i).text(), buyer, seller, g) != bestScore) {
                        continue; // the same purchase told again as fully is as much a statement of it
                    }
                    positive[i] = true;
                    List<Candidate> c = candidates.get(i);
                    for (int k = 0; k < c.size(); k++) {
                        String key = Scoring.norm(c.get(k).text());
                        if (buyer.contains(key)) {
                            roles.get(i)[k] = BUYER;
                            buyerFound = true;
                        } else if (seller.contains(key) && roles.get(i)[k].equals(NONE)) {
                            roles.get(i)[k] = SELLER;
                            sellerFound = true;
                        }
                    }
                }
                buyers += buyerFound ? 1 : 0;
                sellers += sellerFound ? 1 : 0;
            }
            for (int i = 0; i < sentences.size(); i++) {
                out.add(new Labelled(sentences.get(i).text(), tokens.get(i), candidates.get(i), positive[i], List.of(roles.get(i))));
            }
        }
        return new Result(out, new Counts(commitments, placed, buyers, sellersNamed, sellers));
    }

    /** How well a sentence states a commitment: its buyer (4), seller, quantity and value (2 each), a purchase word (1). */
    private static int score(String sentence, Set<String> buyer, Set<String> seller, GoldDocument.Commitment g) {
        String s = " " + Scoring.norm(sentence) + " ";
        if (buyer.stream().noneMatch(b -> s.contains(" " + b + " "))) {
            return 0;
        }
        int score = 4;
        if (seller.stream().anyMatch(b -> s.contains(" " + b + " "))) {
            score += 2;
        }
        if (g.quantity() != null && hasQuantity(sentence, g.quantity())) {
            score += 2;
        }
        if (g.valueUsd() != null && hasValue(sentence, g.valueUsd())) {
            score += 2;
        }
        if (PURCHASE_WORD.matcher(sentence).find()) {
            score += 1;
        }
        return score;
    }

    private static boolean hasQuantity(String sentence, long quantity) {
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            if (Math.abs(number(m) - quantity) < 0.5) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasValue(String sentence, double value) {
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            if (Math.abs(number(m) - value) <= 0.1 * value) {
                return true;
            }
        }
        return false;
    }

    private static double number(Matcher m) {
        String n = m.group(1);
        double v;
        try {
            // "500,000" is a thousands separator; "12,7" after a currency a decimal comma is rare in English wires
            v = Double.parseDouble(n.matches("\\d{1,3}(?:,\\d{3})+") ? n.replace(",", "") : n.replace(",", "."));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return v * switch (scale) {
            case "billion", "bn", "b" -> 1e9;
            case "million", "mn" -> 1e6;
            default -> 1;
        };
    }

    private static Set<String> keys(List<String> aliases) {
        Set<String> out = new HashSet<>();
        for (String a : aliases) {
            String k = Scoring.norm(a);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }
}
