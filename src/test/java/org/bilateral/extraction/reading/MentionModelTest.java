package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained mentions model learns a name's shape from a few documents and keeps it through a file. */
class MentionModelTest {

    private static final String[][] PEOPLE = {
            {"Ilse", "Marrow"}, {"Tobin", "Quell"}, {"Ada", "Ferrant"}, {"Joran", "Pike"}, {"Vera", "Lund"}, {"Omar", "Sallis"},
            {"Nell", "Corvin"}, {"Piet", "Hallam"}, {"Rosa", "Vint"}, {"Cato", "Brisk"}, {"Una", "Felder"}, {"Lars", "Omdahl"}};

    /** Twelve short readouts of one shape: a state's commissioner, named after the title, meets a trade council. */
    private static List<CorpusDocument> documents() {
        List<CorpusDocument> out = new ArrayList<>();
        String[] states = {"Texas", "Iowa", "Ohio", "Kansas"};
        for (int i = 0; i < PEOPLE.length; i++) {
            String name = PEOPLE[i][0] + " " + PEOPLE[i][1];
            String title = states[i % states.length] + " Agriculture Commissioner";
            String council = "Harbour Grain Council";
            String text = title + " " + name + " met the " + council + " on Monday. The talks covered soybeans and corn.";
            out.add(MentionSpansTest.document(text, List.of(MentionSpansTest.person(title, "US", name)),
                    List.of(List.of(name), List.of(council))));
        }
        return out;
    }

    private static List<String> found(MentionModel model, String sentence) {
        List<Tokens.Token> t = Tokens.of(sentence);
        return model.find(t).stream().map(m -> m.type() + ":" + sentence.substring(t.get(m.start()).start(), t.get(m.end() - 1).end())).toList();
    }

    @Test
    void aModelTrainedOnAFewReadoutsFindsANewNameAfterTheTitleShapeItWasShown() {
        MentionModel model = MentionModel.train(documents());

        // Neither the state nor the name was in training; the shape "<State> Agriculture Commissioner <Given> <Family>" was.
        assertThat(found(model, "Nebraska Agriculture Commissioner Dalia Orsk met the Harbour Grain Council on Monday."))
                .contains("title:Nebraska Agriculture Commissioner", "person:Dalia Orsk");
    }

    @Test
    void trainingTwiceOnTheSameDocumentsGivesTheSameModelAndASavedModelFindsWhatItFound(@TempDir Path dir) throws Exception {
        MentionModel first = MentionModel.train(documents());
        MentionModel second = MentionModel.train(documents());
        first.save(dir.resolve(MentionModel.FILE));
        MentionModel loaded;
        try (InputStream in = Files.newInputStream(dir.resolve(MentionModel.FILE))) {
            loaded = MentionModel.load(in);
        }
        String s = "Ohio Agriculture Commissioner Mira Holt met the Harbour Grain Council on Friday.";
        List<Tokens.Token> t = Tokens.of(s);

        assertThat(second.find(t)).isEqualTo(first.find(t));
        assertThat(loaded.find(t)).extracting(MentionModel.Mention::start, MentionModel.Mention::end, MentionModel.Mention::type)
                .containsExactlyElementsOf(first.find(t).stream().map(m -> tuple(m.start(), m.end(), m.type())).toList());
    }
}
