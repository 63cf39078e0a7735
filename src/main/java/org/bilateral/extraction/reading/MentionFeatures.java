package org.bilateral.extraction.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.POSTaggerNameFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features the mentions model sees at each token: the word and its shape two tokens either side, its prefixes and
 * suffixes, its part of speech and its neighbours' (the UD English tagger of {@code opennlp-models-pos-en}), and which
 * of the reader's own lexicons hold it and its neighbours: titles, portfolios, honorifics, kinds of organisation,
 * countries and demonyms, connectors. The lexicons carry what a few dozen documents cannot teach ("Commissioner" and
 * "Datuk" come before names) and are the same words the rules use.
 *
 * <p>OpenNLP builds the factory again from its class name when a model is loaded, so the features are code, not a
 * descriptor shipped in the model: a model and this class go together.
 */
public class MentionFeatures extends TokenNameFinderFactory {

    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** OpenNLP instantiates the factory by reflection when it loads a model. */
    public MentionFeatures() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new CachedFeatureGenerator(
                new WindowFeatureGenerator(new EachTokenOnce(new TokenFeatureGenerator(true)), 2, 2),
                new WindowFeatureGenerator(new EachTokenOnce(new TokenClassFeatureGenerator(true)), 2, 2),
                new PrefixFeatureGenerator(3),
                new SuffixFeatureGenerator(3),
                new WindowFeatureGenerator(new EachTokenOnce(new LexiconFeatures()), 2, 2),
                new WindowFeatureGenerator(new EachTokenOnce(new POSTaggerNameFeatureGenerator(Pos.MODEL)), 2, 2),
                new OutcomePriorFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
    }

    /**
     * A window of two tokens either side asks its generator about each token five times (once as the token itself, once
     * as each neighbour's "p1"/"p2"/"n1"/"n2"); the token's features depend on the sentence's words only, so they are
     * made once per token of a sentence and the same strings, in the same order, given out again: what the model sees
     * is unchanged, and the reader spends a fifth of the work on them. The sentence is known by its array, as OpenNLP's
     * own {@link CachedFeatureGenerator} knows it (the name finder hands the same array for every token of a sentence).
     */
    static final class EachTokenOnce implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator generator;
        private String[] sentence;
        private String[][] made;

        EachTokenOnce(AdaptiveFeatureGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                sentence = tokens;
                made = new String[tokens.length][];
            }
            String[] mine = made[index];
            if (mine == null) {
                List<String> out = new ArrayList<>(4);
                generator.createFeatures(out, tokens, index, previousOutcomes);
                mine = out.toArray(String[]::new);
                made[index] = mine;
            }
            for (String f : mine) {
                features.add(f);
            }
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            generator.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clearAdaptiveData() {
            sentence = null;
            made = null;
            generator.clearAdaptiveData();
        }
    }

    /** Which of the reader's lexicons hold the token. */
    static final class LexiconFeatures implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String w = tokens[index];
            if (Lexicon.TITLE_HEADS.contains(w)) {
                features.add("lex=title");
            }
            if (Lexicon.TITLE_MODIFIERS.contains(w)) {
                features.add("lex=titlemod");
            }
            if (Lexicon.PORTFOLIO.contains(w)) {
                features.add("lex=portfolio");
            }
            if (Lexicon.HONORIFICS.contains(w)) {
                features.add("lex=honorific");
            }
            if (Lexicon.ORGANISATION_WORDS.containsKey(w)) {
                features.add("lex=org=" + Lexicon.ORGANISATION_WORDS.get(w));
            }
            if (Lexicon.DEMONYMS.contains(w)) {
                features.add("lex=demonym");
            } else if (Lexicon.NATIONALITIES.containsKey(w)) {
                features.add("lex=country");
            }
            if (Lexicon.CONNECTORS.contains(w)) {
                features.add("lex=connector");
            }
            if (Lexicon.NOT_NAMES.contains(w)) {
                features.add("lex=notname");
            }
            if (Lexicon.isVietnameseFamilyName(w)) {
                features.add("lex=vnfamily");
            }
        }
    }

    /** The part-of-speech model, loaded once. */
    static final class Pos {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (InputStream in = MentionFeatures.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the OpenNLP part-of-speech model " + POS_MODEL + " is not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
