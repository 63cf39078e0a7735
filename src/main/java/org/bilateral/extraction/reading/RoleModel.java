package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.EventModel.Context;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * The trained roles model: for a sentence that reports an event and a person or organisation it names, whether that
 * one took part ("met with X", "X told Y during talks", "said after the ceremony") or is only mentioned or spoken about
 * ("amid worries over President X's tariffs", "according to X", "spoke about X"). It reads the words between the
 * mention and the nearest event cue, which side of the cue the mention stands, the words around it, whether it is a
 * possessor, inside a quotation or the speaker of one, and the kind of mention. Learnt from the gold by
 * {@link EventLabels}.
 */
final class RoleModel {

    static final String FILE = "roles.bin";
    static final String PARTICIPANT = "participant";
    static final String MENTIONED = "mentioned";

    private static final Pattern AMID = Pattern.compile("(?i)\\b(?:amid|despite|over|against|about|regarding|on)\\s+(?:[\\w'’.-]+\\s+){0,4}$");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+(?:the\\s+)?$");
    private static final Pattern SPOKE_ABOUT = Pattern.compile("(?i)\\b(?:spoke|talked|asked|wrote|complained|warned)\\s+(?:about|of)\\s+(?:[\\w'’.-]+\\s+){0,3}$");
    private static final Pattern WITH = Pattern.compile("(?i)\\b(?:with|and|by|between|receiving|received|hosted|met|told|on)\\s+(?:[\\w'’.-]+\\s+){0,3}$");
    private static final Pattern SAID_AFTER = Pattern.compile("(?i)^[\\s,]*(?:[\\w'’.-]+\\s+){0,2}(?:said|told|added|noted)\\s+(?:[\\w'’.-]+\\s+){0,2}(?:after|during|at|following)\\b");
    private static final Pattern SPEAKER = Pattern.compile("(?i)^[\\s,]*(?:said|says|told|added|noted|stressed|according)\\b");

    private final @Nullable MaxentModel model;

    private RoleModel(@Nullable MaxentModel model) {
        this.model = model;
    }

    static RoleModel untrained() {
        return new RoleModel(null);
    }

    static RoleModel shipped() {
        return new RoleModel(Maxent.load(ReaderModels.RESOURCES + FILE));
    }

    static RoleModel train(List<EventLabels.RoleLabel> labels) {
        List<Event> examples = new ArrayList<>();
        for (EventLabels.RoleLabel l : labels) {
            examples.add(new Event(l.participant() ? PARTICIPANT : MENTIONED, features(l.context(), l.mention())));
        }
        return new RoleModel(Maxent.train(examples));
    }

    boolean trained() {
        return model != null;
    }

    /** The trained model: the reader asks only a {@link #trained()} one, so an untrained one here is the caller's mistake. */
    private MaxentModel trainedModel() {
        if (model == null) {
            throw new IllegalStateException("the role model has learnt nothing");
        }
        return model;
    }

    void save(Path directory) {
        Maxent.save(model, directory.resolve(FILE));
    }

    /** The probability that this mention of the sentence took part in the event the sentence reports. */
    double participant(Context c, Ref mention) {
        MaxentModel trained = trainedModel();
        return Maxent.probability(trained, trained.eval(features(c, mention)), PARTICIPANT);
    }

    static String[] features(Context c, Ref mention) {
        String text = c.text();
        List<String> f = new ArrayList<>();
        f.add("kind=" + (mention.group() ? "group" : mention.person() ? "person" : mention.insidePhrase() ? "organisation_in_phrase" : "organisation"));
        List<int[]> cues = c.cues();
        int[] nearest = null;
        for (int[] cue : cues) {
            if (nearest == null || distance(cue, mention) < distance(nearest, mention)) {
                nearest = cue;
            }
        }
        if (nearest == null) {
            f.add("cue=none");
        } else {
            boolean before = mention.end() <= nearest[0];
            int from = before ? mention.end() : nearest[1];
            int to = before ? nearest[0] : Math.max(nearest[1], mention.start());
            List<String> between = words(c.tokens(), from, to);
            f.add("side=" + (before ? "before" : mention.start() >= nearest[1] ? "after" : "inside"));
            int n = between.size();
            f.add("distance=" + (n <= 1 ? "0-1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "far"));
            f.add("cue_words=" + text.substring(nearest[0], nearest[1]).toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"));
            // the words nearest the mention say most: "with", "told", "amid worries over"
            for (int i = 0; i < Math.min(n, 6); i++) {
                f.add("between=" + (before ? between.get(i) : between.get(n - 1 - i)));
            }
            if (text.substring(from, to).contains(",")) {
                f.add("comma_between");
            }
        }
        List<String> before = words(c.tokens(), Math.max(0, mention.start() - 60), mention.start());
        List<String> after = words(c.tokens(), mention.end(), Math.min(text.length(), mention.end() + 60));
        f.add("p1=" + at(before, before.size() - 1));
        f.add("p2=" + at(before, before.size() - 2) + "_" + at(before, before.size() - 1));
        f.add("n1=" + at(after, 0));
        f.add("n2=" + at(after, 0) + "_" + at(after, 1));
        String left = text.substring(Math.max(0, mention.start() - 60), mention.start());
        String right = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
        if (right.startsWith("'s") || right.startsWith("’s")) {
            f.add("possessor");
        }
        if (AMID.matcher(left).find()) {
            f.add("amid_before");
        }
        if (ACCORDING.matcher(left).find()) {
            f.add("according_to");
        }
        if (SPOKE_ABOUT.matcher(left).find()) {
            f.add("spoken_about");
        }
        if (WITH.matcher(left).find()) {
            f.add("with_before");
        }
        if (SAID_AFTER.matcher(right).find()) {
            f.add("said_after");
        }
        if (SPEAKER.matcher(right).find()) {
            f.add("speaker");
        }
        long quotes = text.substring(0, mention.start()).chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count();
        if (quotes % 2 == 1) {
            f.add("inside_quote");
        }
        int order = 0;
        for (Ref r : c.refs()) {
            if (r.start() < mention.start()) {
                order++;
            }
        }
        f.add("order=" + Math.min(order, 3));
        f.add("position=" + (c.bodyIndex() < 0 ? "headline" : c.bodyIndex() == 0 ? "lead" : "body"));
        return f.toArray(String[]::new);
    }

    private static int distance(int[] cue, Ref r) {
        return r.end() <= cue[0] ? cue[0] - r.end() : r.start() >= cue[1] ? r.start() - cue[1] : 0;
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && (t.word() || t.is("'s") || t.is(","))) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String at(List<String> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "_";
    }
}
