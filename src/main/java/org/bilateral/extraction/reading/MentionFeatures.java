package org.bilateral.extraction.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
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
                new WindowFeatureGenerator(new EachTokenOnce(new POSTaggerNameFeatureGenerator(new Pos.Tagger())), 2, 2),
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

        /** The maxent model's entry in a {@link POSModel} (OpenNLP's {@code POSModel.POS_MODEL_ENTRY_NAME}, not public). */
        private static final String MODEL_ENTRY = "pos.model";

        /**
         * OpenNLP's {@code POSTaggerME} over the same model, the same feature generator and the same beam of three, with
         * one difference in cost only. The model's features are cached per token (its descriptor says {@code cache="true"}),
         * so the three sequences of the beam ask the maxent model about the same features at each token, and OpenNLP
         * evaluates them three times: half the reader's time went there. {@link SameQuestionOnce} answers a question the
         * same as the one just asked from the answer it just gave, so the tags are those of {@code POSTaggerME}. The
         * model's tags are given as they are, as {@code POSTaggerME} gives them for a model in its own format.
         */
        static final class Tagger implements POSTagger {
            private final POSContextGenerator context;
            private final SequenceValidator<String> validator;
            private final BeamSearch beam;

            Tagger() {
                POSTaggerFactory factory = MODEL.getFactory();
                String size = MODEL.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
                int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
                this.context = factory.getPOSContextGenerator(beamSize);
                this.validator = factory.getSequenceValidator();
                this.beam = new BeamSearch(beamSize, new SameQuestionOnce(MODEL.<MaxentModel>getArtifact(MODEL_ENTRY)), 0);
            }

            @Override
            public String[] tag(String[] sentence) {
                return tag(sentence, null);
            }

            @Override
            public String[] tag(String[] sentence, Object[] additionalContext) {
                return beam.bestSequence(sentence, additionalContext, context, validator).getOutcomes().toArray(String[]::new);
            }

            @Override
            public Sequence[] topKSequences(String[] sentence) {
                return topKSequences(sentence, null);
            }

            @Override
            public Sequence[] topKSequences(String[] sentence, Object[] additionalContext) {
                return beam.bestSequences(beam.getOutcomes().length, sentence, additionalContext, context, validator);
            }
        }

        /** A maxent model that remembers its last question and answer; the question is the features, compared word by word. */
        static final class SameQuestionOnce implements MaxentModel {
            private final MaxentModel model;
            private String[] lastQuestion;
            private double[] lastAnswer;

            SameQuestionOnce(MaxentModel model) {
                this.model = model;
            }

            @Override
            public double[] eval(String[] context, double[] probs) {
                if (lastQuestion != null && Arrays.equals(lastQuestion, context)) {
                    System.arraycopy(lastAnswer, 0, probs, 0, lastAnswer.length);
                    return probs;
                }
                double[] answer = model.eval(context, probs);
                lastQuestion = context.clone();
                lastAnswer = answer.clone();
                return answer;
            }

            @Override
            public double[] eval(String[] context) {
                return eval(context, new double[model.getNumOutcomes()]);
            }

            @Override
            public double[] eval(String[] context, float[] values) {
                return model.eval(context, values);
            }

            @Override
            public String getBestOutcome(double[] outcomes) {
                return model.getBestOutcome(outcomes);
            }

            @Override
            public String getAllOutcomes(double[] outcomes) {
                return model.getAllOutcomes(outcomes);
            }

            @Override
            public String getOutcome(int i) {
                return model.getOutcome(i);
            }

            @Override
            public int getIndex(String outcome) {
                return model.getIndex(outcome);
            }

            @Override
            public int getNumOutcomes() {
                return model.getNumOutcomes();
            }
        }

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
