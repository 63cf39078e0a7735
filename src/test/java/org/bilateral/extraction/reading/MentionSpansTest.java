package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the gold's names lie in a document's tokens, which the gold itself does not say. */
class MentionSpansTest {

    static GoldDocument.Person person(String title, String country, String... names) {
        return new GoldDocument.Person(List.of(names), country, title);
    }

    static CorpusDocument document(String text, List<GoldDocument.Person> people, List<List<String>> participants) {
        GoldDocument gold = new GoldDocument("t.txt", List.of(), List.of(), List.of(new GoldDocument.Event("meeting", List.of(""),
                List.of(""), null, participants)), people, List.of(), List.of());
        return new CorpusDocument("test", "t.txt", "Test Wire", text, gold);
    }

    private static List<String> labelled(MentionSpans.Labelled s) {
        return s.spans().stream().map(x -> x.type() + ":" + String.join(" ", s.tokens().subList(x.start(), x.end()))).toList();
    }

    @Test
    void goldNamesArePlacedWithoutRegardToDiacriticsAndTheLongestAliasWins() {
        CorpusDocument d = document("""
                HANOI – Minister of Industry and Trade Nguyen Hong Dien received Tan Sri Datuk Amirul Faiz bin Osman of the Penang \
                Trade Council on Monday. Dien said the council would visit again.""",
                List.of(person("Minister of Industry and Trade", "VN", "Nguyễn Hồng Diên", "Minister Nguyễn Hồng Diên"),
                        person("", "MY", "Amirul Faiz bin Osman", "Tan Sri Datuk Amirul Faiz bin Osman")),
                List.of(List.of("Nguyễn Hồng Diên"), List.of("Amirul Faiz bin Osman"), List.of("Penang Trade Council")));

        MentionSpans.Placed p = MentionSpans.of(d);

        // The honorifics are not words of the name the gold gives first, but its longer alias holds them: the alias
        // "Tan Sri Datuk Amirul Faiz bin Osman" is placed whole, before "Amirul Faiz bin Osman" could take part of it.
        // "Dien" alone in the second sentence is the only gold person whose name ends so: a short form.
        assertThat(p.sentences()).extracting(MentionSpansTest::labelled).containsExactly(
                List.of("title:Minister of Industry and Trade", "person:Nguyen Hong Dien", "person:Tan Sri Datuk Amirul Faiz bin Osman",
                        "organisation:Penang Trade Council"),
                List.of("person:Dien"));
        assertThat(p.unplaced()).isEmpty();
        assertThat(p.names()).isEqualTo(4); // two people, one title, one organisation taking part
    }

    @Test
    void aTitleTheTextNeverWritesIsCountedAsUnplaced() {
        CorpusDocument d = document("Secretary Lena Moor spoke with Minister Tomas Vik on Tuesday.",
                List.of(person("Secretary of Commerce", "US", "Lena Moor"), person("Minister of Trade", "NO", "Tomas Vik")),
                List.of(List.of("Lena Moor"), List.of("Tomas Vik")));

        MentionSpans.Summary s = MentionSpans.summary(List.of(d));

        // Two people placed; neither title is written as the gold gives it: 2 of 4 unplaced.
        assertThat(s.names()).isEqualTo(4);
        assertThat(s.unplaced()).isEqualTo(2);
        assertThat(s.examples()).containsExactly("t.txt: title Secretary of Commerce", "t.txt: title Minister of Trade");
    }

    @Test
    void aSurnameTwoGoldPeopleShareIsNotPlacedAlone() {
        CorpusDocument d = document("Ana Ruiz met Pablo Ruiz. Ruiz said the talks went well.",
                List.of(person("", "ES", "Ana Ruiz"), person("", "ES", "Pablo Ruiz")), List.of(List.of("Ana Ruiz"), List.of("Pablo Ruiz")));

        assertThat(MentionSpans.of(d).sentences()).extracting(MentionSpansTest::labelled)
                .containsExactly(List.of("person:Ana Ruiz", "person:Pablo Ruiz"), List.of());
    }

    @Test
    void aCountryAndTitleBeforeTheNameAreNotTheNamesAndATitleTwoPeopleHoldIsPlacedForBoth() {
        CorpusDocument d = document("U.S. President Hal Brann spoke with President Iva Teodor of Moldova on Monday.",
                List.of(person("President", "US", "Hal Brann", "U.S. President Hal Brann"), person("President", "MD", "Iva Teodor")),
                List.of(List.of("Hal Brann"), List.of("Iva Teodor")));

        MentionSpans.Placed p = MentionSpans.of(d);

        assertThat(p.sentences()).extracting(MentionSpansTest::labelled).containsExactly(
                List.of("title:President", "person:Hal Brann", "title:President", "person:Iva Teodor"));
        assertThat(p.unplaced()).isEmpty(); // 4 looked for (two people, two titles "President"), 0 unplaced
    }
}
