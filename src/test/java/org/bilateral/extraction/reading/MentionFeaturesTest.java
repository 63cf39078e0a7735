package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * The mentions model's features are made faster without changing one of them: the part-of-speech tagger gives
 * OpenNLP's tagger's tags, and a token's windowed features are those its generator makes.
 */
class MentionFeaturesTest {

    /** Sentences written for this test: titles, names, numbers, brackets, lists, a headline and one word. */
    private static final List<String> SENTENCES = List.of(
            "Deputy Minister of Industry and Trade Tobin Quell met Commissioner Ada Ferrant of the Harbour Grain Council in Hanoi on Monday.",
            "The two sides agreed to buy 12 aircraft worth US$3.4 billion (about 80 trillion dong) from Northwind Aero by 2027.",
            "TRADE TALKS RESUME AS DELEGATIONS MEET",
            "Vera Lund, the council's lead negotiator, said talks would continue, while Omar Sallis, its chair, declined to comment.",
            "Soybeans, corn, wheat and cotton were discussed; so were export controls, anti-dumping duties and the tariff schedule.",
            "Thanks.",
            "He said: \"We will order more if prices fall\" — and left.");

    @Test
    void theTaggerGivesWordForWordTheTagsOfOpenNlpsTagger() {
        POSTaggerME openNlp = new POSTaggerME(MentionFeatures.Pos.MODEL, POSTagFormatMapper.guessFormat(MentionFeatures.Pos.MODEL));
        MentionFeatures.Pos.Tagger ours = new MentionFeatures.Pos.Tagger();
        for (String s : SENTENCES) {
            String[] words = Tokens.of(s).stream().map(Tokens.Token::text).toArray(String[]::new);
            assertThat(ours.tag(words)).as(s).containsExactly(openNlp.tag(words));
        }
        // the same sentence again, and after another: nothing of the last question leaks into the next
        String[] first = Tokens.of(SENTENCES.get(0)).stream().map(Tokens.Token::text).toArray(String[]::new);
        assertThat(ours.tag(first)).containsExactly(openNlp.tag(first));
    }

    @Test
    void aTokensWindowedFeaturesAreThoseItsGeneratorMakesAtEveryToken() {
        String[] words = Tokens.of(SENTENCES.get(0)).stream().map(Tokens.Token::text).toArray(String[]::new);
        TokenFeatureGenerator plain = new TokenFeatureGenerator(true);
        MentionFeatures.EachTokenOnce once = new MentionFeatures.EachTokenOnce(new TokenFeatureGenerator(true));
        // asked out of order and twice, as a window asks its neighbours
        for (int i : new int[] {3, 0, 3, 5, 4, 5, words.length - 1}) {
            List<String> expected = new ArrayList<>();
            plain.createFeatures(expected, words, i, null);
            List<String> got = new ArrayList<>();
            once.createFeatures(got, words, i, null);
            assertThat(got).as("token %d", i).containsExactlyElementsOf(expected);
        }
        // another sentence is another array: its features, not the last sentence's
        String[] other = Tokens.of(SENTENCES.get(1)).stream().map(Tokens.Token::text).toArray(String[]::new);
        List<String> got = new ArrayList<>();
        once.createFeatures(got, other, 3, null);
        assertThat(got).containsExactly("w=" + other[3].toLowerCase(java.util.Locale.ROOT));
    }
}
