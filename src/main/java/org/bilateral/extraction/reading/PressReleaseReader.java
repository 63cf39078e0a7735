package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.ReportedDate;

/**
 * Reads one press release into proposed records. Rules for the genre, not for particular texts: people and
 * organisations are recognised by their titles and contexts and by the register, events by the verbs and nouns
 * reports use for them, dates relative to the publication date.
 *
 * <p>The reader is a pipeline of small steps, each in its own file with its own tests:
 * <ol>
 *   <li>{@link CleanText}: markup, wrapping ({@link Wrapping}) and end-of-release furniture ({@link Furniture}) away,
 *       the text in blocks, headlines and date lines above the story set apart;</li>
 *   <li>{@link Dates#published} and {@link Datelines}: the publication date and the place filed from;</li>
 *   <li>{@link Sentences}: the story's sentences;</li>
 *   <li>{@link Names}: in each sentence, the people and organisations it names, by a list of rules claiming words;</li>
 *   <li>{@link Cast}: the report's people and organisations, short forms and descriptions resolved to them;</li>
 *   <li>{@link Sides}: each person's country where the text leaves it to be understood;</li>
 *   <li>{@link Events}, {@link Purchases} and {@link Topics}: what happened, what was bought, what was at issue.</li>
 * </ol>
 */
public final class PressReleaseReader {

    private final Register register;
    private final Names names;
    private final ReaderModels models;
    private final Mentions mentions;

    /** The reader with the models shipped in the workbench. */
    public PressReleaseReader(KnownNames known) {
        this(known, ReaderModels.shipped());
    }

    /** The reader with these models: those trained without a publisher's documents, when that publisher is scored. */
    public PressReleaseReader(KnownNames known, ReaderModels models) {
        this.register = new Register(known);
        this.names = new Names(register);
        this.models = models;
        this.mentions = models.mentions == null ? null : new Mentions(models.mentions);
    }

    /**
     * The longest text read as one press release: ten times the longest of the genre, and read within seconds however
     * it is written (800,000 characters without a full stop took nine).
     */
    public static final int LONGEST = 200_000;

    public Extraction read(PressRelease release) {
        refuseUnreadable(release);
        CleanText clean = CleanText.of(release.text());
        ReportedDate published = Dates.published(clean);
        List<Sentence> sentences = Sentences.of(clean);
        Cast cast = new Cast(clean.text, register);
        List<List<Token>> tokens = new ArrayList<>();
        List<Names.Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            Work.checkpoint();
            List<Token> t = Tokens.of(s.text());
            tokens.add(t);
            Names.Found f = names.find(s.text(), t);
            if (mentions != null) {
                f = mentions.add(s.text(), t, f, cast);
            }
            found.add(f);
            cast.introduce(f, s);
        }
        List<List<Ref>> refs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Work.checkpoint();
            refs.add(cast.references(sentences.get(i), tokens.get(i), found.get(i)));
        }
        String dateline = Datelines.of(clean);
        String issuer = Datelines.issuerCountry(clean);
        Sides.assign(cast, clean.text, issuer != null ? issuer : dateline == null ? null : Lexicon.DATELINE_CITIES.get(NameKey.of(dateline)));
        List<Extraction.Event> events = Events.of(sentences, refs, cast, published == null ? null : published.toLocalDate());
        return new Extraction(release.name(), clean.text, published, dateline, events, cast.people(events),
                cast.organisations(events), commitments(sentences, cast), issues(sentences));
    }

    /**
     * The text as it is read, whatever it arrived as: markup, line endings, wrapping, spaces at the ends of lines and
     * Unicode normalisation gone. Two copies of one press release (pasted in a browser with CRLF, sent to the API with
     * LF, saved as HTML) have the same plain text, so it is what identifies a press release.
     */
    public static String plainText(PressRelease release) {
        refuseUnreadable(release);
        return CleanText.of(release.text()).text;
    }

    private static void refuseUnreadable(PressRelease release) {
        if (release.text().length() > LONGEST) {
            throw new InvalidInput(new InputProblem(release.name(), null, null, String.format(Locale.ROOT,
                    "is %,d characters long; a press release is read up to %,d", release.text().length(), LONGEST)));
        }
        Limits.characterProblem(release.text()).ifPresent(p -> {
            throw new InvalidInput(new InputProblem(release.name(), null, null, p));
        });
    }

    private static List<Extraction.Commitment> commitments(List<Sentence> sentences, Cast cast) {
        List<Extraction.Commitment> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Work.checkpoint();
            if (s.headline()) {
                continue;
            }
            for (Purchases.Purchase p : Purchases.in(s.text())) {
                out.add(new Extraction.Commitment(cast.canonicalOrganisation(p.buyer()), cast.canonicalOrganisation(p.seller()), p.item(),
                        p.quantity(), p.unit(), p.valueUsd(), p.lowUsd(), p.highUsd(), p.instrument(),
                        new Evidence(s.start(), s.end(), s.text()), Confidence.RULES));
            }
        }
        return out;
    }

    private static List<Extraction.Issue> issues(List<Sentence> sentences) {
        Map<PolicyTopic, Extraction.Issue> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (PolicyTopic t : Topics.issues(s.text())) {
                out.putIfAbsent(t, new Extraction.Issue(t, new Evidence(s.start(), s.end(), s.text())));
            }
        }
        return List.copyOf(out.values());
    }
}
