package org.bilateral.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilateral.engagements.Directory;
import org.bilateral.extraction.PressReleases.Document;
import org.bilateral.extraction.PressReleases.Proposal;
import org.bilateral.policy.Asks;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A press release as a position on an ask: the ask a reviewer names, or a new one the report opens, takes the report
 * as a position, dated by the release, placed by its name, said by whoever the sentence names.
 */
@Component
class Positions {

    private final Asks asks;
    private final Directory directory;
    private final CountryDirectory countries;
    private final PressReleaseStore store;

    Positions(Asks asks, Directory directory, CountryDirectory countries, PressReleaseStore store) {
        this.asks = asks;
        this.directory = directory;
        this.countries = countries;
        this.store = store;
    }

    /** Opens the ask the report's sentence states, Vietnam's of the United States or the other way, with it as first position. */
    void openAsk(List<CountryCode> sides, ProposedRecord.Issue issue, Document doc, String evidence, String source) {
        // the report's sentence is the new ask's statement, and the report its first position
        long opened = asks.open(new Asks.OpenAsk(sides.get(0), sides.get(1), issue.topic(), evidence.strip().replaceAll("\\s+", " "))).id();
        take("A" + opened, doc, evidence, source);
    }

    /** The report as a position on an ask the reviewer named: its date, its name as the place, its words. */
    void take(String ask, Document doc, String evidence, String source) {
        long askId = Asks.number(ask);
        if (doc.published() == null) {
            throw new InvalidInput(source, Said.of("refusal.extraction.noDate", String.valueOf(askId)));
        }
        try {
            asks.take(new Asks.TakePosition(askId, doc.published(), whoTook(asks.ask(askId), doc, evidence), doc.name(), evidence, null, null,
                    "reported in press release #" + doc.id()), "press release #" + doc.id() + ", " + doc.name());
        } catch (NotFound e) {
            throw new InvalidInput(new InputProblem(source, null, "ask", Said.of("refusal.extraction.noAsk", String.valueOf(askId))));
        }
    }

    /**
     * Who took the position a press release reports, never no one: the person the sentence names (one the release
     * proposes and the reviewer has not rejected, else one in the register, by any of the names it knows), else the
     * organisation it names, by name or acronym, with its country ("Vietnam (MOIT)"), else the one person of the asking
     * side the release proposes (a sentence that says "He asked" means them), else the side that asks, by name.
     * A person is matched by a name of two words or more, whole words, accents aside: one word ("Hùng") is too often
     * part of another name. The place is the release's name already, so who took it is the part a reader cannot infer.
     */
    String whoTook(Asks.Ask ask, Document doc, String evidence) {
        String sentence = words(evidence);
        List<Proposal> named = store.proposals(doc.id()).stream().filter(p -> !p.status().equals("rejected")).toList();
        for (Proposal p : named) {
            if (p.payload() instanceof ProposedRecord.Person person && names(sentence, person.name())) {
                return person.name().strip();
            }
        }
        for (Directory.Person person : directory.people()) {
            if (names(sentence, person.name()) || person.names().stream().anyMatch(n -> names(sentence, n))) {
                return person.name();
            }
        }
        for (Proposal p : named) {
            if (p.payload() instanceof ProposedRecord.Organisation o && (names(sentence, o.name()) || acronym(evidence, o.acronym()))) {
                return organisation(o.name(), o.acronym(), o.country());
            }
        }
        for (Directory.Organisation o : directory.organisations()) {
            if (names(sentence, o.name()) || o.names().stream().anyMatch(n -> names(sentence, n)) || acronym(evidence, o.acronym())) {
                return organisation(o.name(), o.acronym(), o.country() == null ? null : CountryCode.of(o.country()));
            }
        }
        List<String> ofTheSide = named.stream().map(Proposal::payload).filter(ProposedRecord.Person.class::isInstance)
                .map(ProposedRecord.Person.class::cast).filter(person -> ask.side().equals(person.country()))
                .map(person -> person.name().strip()).distinct().toList();
        if (ofTheSide.size() == 1) {
            return ofTheSide.get(0);
        }
        return countryName(ask.side());
    }

    /** An organisation as who took a position: its country, and its acronym or else its name, "Vietnam (MOIT)". */
    private String organisation(String name, @Nullable String acronym, @Nullable CountryCode country) {
        String org = acronym != null && !acronym.isBlank() ? acronym.strip() : name.strip();
        return country == null ? org : countryName(country) + " (" + org + ")";
    }

    /** Whether the sentence, as {@link #words} gives it, holds the name of two words or more as whole words. */
    private static boolean names(String sentence, String name) {
        String n = words(name).strip();
        return n.contains(" ") && sentence.contains(" " + n + " ");
    }

    /** The text's words in lower case without accents (đ as d), one space between each and one at each end. */
    private static String words(@Nullable String text) {
        if (text == null) {
            return " ";
        }
        // marks stay with their letters until NameKey takes them off each word
        String keys = Arrays.stream(text.split("[^\\p{L}\\p{N}\\p{M}]+")).map(NameKey::of).filter(k -> !k.isEmpty())
                .collect(Collectors.joining(" "));
        return " " + keys + " ";
    }

    /** Whether an acronym stands in the text as a word of its own, as written: "MOIT", not the "moit" in "Samoitra". */
    private static boolean acronym(String text, @Nullable String acronym) {
        return acronym != null && !acronym.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Pattern.quote(acronym.strip()) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private String countryName(CountryCode code) {
        return countries.byCode(code).map(Country::name).orElse(code.value());
    }
}
