package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * The spans of a sentence that could be a purchase's buyer or seller, for {@link PurchaseModel} to choose among: the
 * organisations {@link Names} found, countries, groups of buyers ("Indonesian wheat millers") and any other run of
 * capitalised words (a company {@link Names} does not know: "Flydubai", "AviLease").
 */
final class PurchaseCandidates {

    /** Where a candidate came from: the model weighs an organisation {@link Names} found above a bare capitalised run. */
    enum Source { ORGANISATION, COUNTRY, GROUP, CAPITALISED }

    /** A span of the sentence; {@code first} and {@code last} its tokens, inclusive. */
    record Candidate(int start, int end, String text, Source source, int first, int last) {
    }

    /** Industry groups that buy: a nationality, up to two words, and one of these nouns. */
    private static final Pattern GROUP = Pattern.compile("\\b((?:" + Places.nationalityAlternation() + ")\\s+(?:[a-z][a-z-]*\\s+){0,2}?"
            + "(?:importers|companies|firms|enterprises|businesses|buyers|traders|processors|mills|millers|airlines|carriers"
            + "|utilities|refiners|feed makers|feed mills|private sector))\\b");

    /** The nouns a group ends with, looked for first: the nationality alternation is costly and most sentences lack them. */
    private static final Pattern GROUP_NOUN = Pattern.compile("\\b(?:importers|companies|firms|enterprises|businesses|buyers|traders|processors|mills"
            + "|millers|airlines|carriers|utilities|refiners|feed makers|private sector)\\b");

    private static final Pattern INSTRUMENTS = Pattern.compile("(?i)(?:SPA|HoA|MoU|MOU|LOI|LoI|SPA|FID|PPA|EPC)s?");

    private PurchaseCandidates() {
    }

    static List<Candidate> of(String sentence, List<Token> tokens, Names.Found found) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> all = candidates(sentence, tokens, found);
        // a person ("Airbus executive vice president Benoit de Saint-Exupery") neither buys nor sells for the register
        for (Candidate c : all) {
            // nor does the paper they sign: "sales and purchase agreements (SPAs)", "heads of agreement (HoA)"
            if (INSTRUMENTS.matcher(c.text()).matches()) {
                continue;
            }
            if (found.people().stream().noneMatch(p -> p.start() < c.end() && c.start() < p.end())) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Candidate> candidates(String sentence, List<Token> tokens, Names.Found found) {
        List<Candidate> out = new ArrayList<>();
        for (Names.OrganisationMention o : found.organisations()) {
            if (!o.affiliation() && o.end() <= sentence.length() && o.start() < o.end()) {
                add(out, sentence, tokens, o.start(), o.end(), Source.ORGANISATION);
            }
        }
        Matcher g = GROUP.matcher(GROUP_NOUN.matcher(sentence).find() ? sentence : "");
        while (g.find()) {
            add(out, sentence, tokens, g.start(1), g.end(1), Source.GROUP);
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRun(tokens.get(i), i)) {
                i++;
                continue;
            }
            int j = i;
            // "Bank of America", "Procter & Gamble", "Vinafood 2": connectors and a trailing number stay in the run
            while (j + 1 < tokens.size() && (continuesRun(tokens.get(j + 1))
                    || j + 2 < tokens.size() && (tokens.get(j + 1).is("of") || tokens.get(j + 1).is("&")) && continuesRun(tokens.get(j + 2)))) {
                j += tokens.get(j + 1).is("of") || tokens.get(j + 1).is("&") ? 2 : 1;
            }
            int a = tokens.get(i).start();
            int b = tokens.get(j).end();
            String text = sentence.substring(a, b);
            Source s = Places.NATIONALITIES.containsKey(text) && !Places.DEMONYMS.contains(text) ? Source.COUNTRY : Source.CAPITALISED;
            if (!Places.DEMONYMS.contains(text)) {
                add(out, sentence, tokens, a, b, s);
            }
            // "Vietnamese carrier Vietjet", "US Boeing": the nationality alone and the name without it are both candidates
            if (j > i && !(j == i + 1 && Lexicon.ORGANISATION_WORDS.containsKey(tokens.get(j).text())) && (Places.DEMONYMS.contains(tokens.get(i).text()) || tokens.get(i).text().matches("US|U\\.S\\.|USA"))) {
                add(out, sentence, tokens, tokens.get(i + 1).start(), b, Source.CAPITALISED);
            }
            i = j + 1;
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
        return out;
    }

    private static boolean startsRun(Token t, int index) {
        return t.word() && t.capitalised() && !Lexicon.FUNCTION_WORDS.contains(t.text())
                && !(Lexicon.NOT_NAMES.contains(t.text()) && !Places.NATIONALITIES.containsKey(t.text()));
    }

    /** "Qatar Airways CEO Badr ...": a title ends the organisation's name ("General Electric" is a name, not a title). */
    private static boolean continuesRun(Token t) {
        return t.word() && (t.capitalised() || Character.isDigit(t.text().charAt(0)) && t.text().length() <= 2)
                && !Lexicon.FUNCTION_WORDS.contains(t.text()) && !(Lexicon.TITLE_HEADS.contains(t.text()) && !t.is("General"));
    }

    private static void add(List<Candidate> out, String sentence, List<Token> tokens, int start, int end, Source source) {
        String text = sentence.substring(start, end).strip();
        if (text.isEmpty() || text.length() > 80) {
            return;
        }
        for (Candidate c : out) {
            if (c.start() == start && c.end() == end) {
                return; // the first source to claim a span wins: an organisation found by Names before a capitalised run
            }
        }
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > start && tokens.get(k).start() < end) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first >= 0) {
            out.add(new Candidate(start, end, text, source, first, last));
        }
    }
}
