package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
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
        private String @Nullable [] sentence;
        private String @Nullable [][] made;

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
            if (Places.DEMONYMS.contains(w)) {
                features.add("lex=demonym");
            } else if (Places.NATIONALITIES.containsKey(w)) {
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
         * OpenNLP's {@code POSTaggerME} over the same model, the same context generator, the same sequence validator and
         * the same beam of three, with {@code BeamSearch}'s steps done at less cost and the same result:
         * <ul>
         *   <li>the tagger's features are cached per token (its descriptor says {@code cache="true"}), so the beam's
         *   sequences ask the maxent model the same question at each token, and OpenNLP answered it once for each: a
         *   question the same as the one just asked gets the answer just given;</li>
         *   <li>the least score a sequence must reach to be extended is the beam's size-th highest, found without
         *   sorting every outcome's score at every step;</li>
         *   <li>a sequence is a link to the one it extends, not a copy of all its tags and probabilities at every
         *   extension (which made a sentence's tagging quadratic in its length). The queues order them by the same
         *   comparison as OpenNLP's {@code Sequence}, so ties fall as they do there.</li>
         * </ul>
         * The tags are given as the model has them, as {@code POSTaggerME} gives them for a model in its own format.
         * {@code MentionFeaturesTest} compares it with {@code POSTaggerME} word for word.
         */
        static final class Tagger implements POSTagger {
            private static final Object[] NO_CONTEXT = new Object[0];
            /** {@code BeamSearch}'s least score of a sequence kept. */
            private static final double LEAST = -100000;

            private final POSContextGenerator context;
            private final SequenceValidator<String> validator;
            private final MaxentModel model;
            private final int size;
            private final double[] probs;

            Tagger() {
                POSTaggerFactory factory = MODEL.getFactory();
                String beam = MODEL.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
                this.size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
                this.context = factory.getPOSContextGenerator(size);
                this.validator = factory.getSequenceValidator();
                this.model = MODEL.getArtifact(MODEL_ENTRY);
                this.probs = new double[model.getNumOutcomes()];
            }

            /** A sequence of tags: the one it extends, its last tag and its score (the sum of its tags' log probabilities). */
            private record Tags(Tags before, String tag, int length, double score) implements Comparable<Tags> {
                String[] all() {
                    String[] out = new String[length];
                    for (Tags t = this; t.length > 0; t = t.before) {
                        out[t.length - 1] = t.tag;
                    }
                    return out;
                }

                @Override
                public int compareTo(Tags o) {
                    return Double.compare(o.score, score); // opennlp.tools.util.Sequence's order: the higher score first
                }
            }

            @Override
            public String[] tag(String[] sentence) {
                return tag(sentence, null);
            }

            @Override
            public String[] tag(String[] sentence, Object[] additionalContext) {
                Object[] more = additionalContext == null ? NO_CONTEXT : additionalContext;
                PriorityQueue<Tags> previous = new PriorityQueue<>(size);
                PriorityQueue<Tags> next = new PriorityQueue<>(size);
                previous.add(new Tags(null, null, 0, 0d));
                String[] asked = null;
                double[] scores = null;
                double least = 0;
                for (int i = 0; i < sentence.length; i++) {
                    int sz = Math.min(size, previous.size());
                    for (int sc = 0; !previous.isEmpty() && sc < sz; sc++) {
                        Tags top = previous.remove();
                        String[] outcomes = top.all();
                        String[] contexts = context.getContext(i, sentence, outcomes, more);
                        if (asked == null || !Arrays.equals(asked, contexts)) {
                            scores = model.eval(contexts, probs);
                            least = sizeth(scores);
                            asked = contexts.clone();
                        }
                        for (int p = 0; p < scores.length; p++) {
                            if (scores[p] >= least) {
                                extend(next, top, i, sentence, outcomes, p, scores[p]);
                            }
                        }
                        if (next.isEmpty()) { // as BeamSearch: when nothing advanced, every valid tag does
                            for (int p = 0; p < scores.length; p++) {
                                extend(next, top, i, sentence, outcomes, p, scores[p]);
                            }
                        }
                    }
                    previous.clear();
                    PriorityQueue<Tags> swap = previous;
                    previous = next;
                    next = swap;
                }
                // POSTaggerME fails on a sentence no sequence survives; so does this
                return previous.remove().all();
            }

            private void extend(PriorityQueue<Tags> next, Tags top, int i, String[] sentence, String[] outcomes, int p, double score) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, sentence, outcomes, out)) {
                    Tags extended = new Tags(top, out, top.length + 1, top.score + StrictMath.log(score));
                    if (extended.score > LEAST) {
                        next.add(extended);
                    }
                }
            }

            /**
             * The beam's size-th highest score, counting equal scores apart: what {@code BeamSearch} reads at
             * {@code sorted[max(0, length - size)]} after sorting a copy of the scores.
             */
            private double sizeth(double[] scores) {
                if (scores.length <= size) {
                    double least = scores[0];
                    for (double x : scores) {
                        least = Double.compare(x, least) < 0 ? x : least;
                    }
                    return least;
                }
                double[] top = new double[size]; // the highest seen, in ascending order
                Arrays.fill(top, Double.NEGATIVE_INFINITY);
                for (double x : scores) {
                    if (Double.compare(x, top[0]) > 0) {
                        int k = 0;
                        while (k + 1 < size && Double.compare(x, top[k + 1]) > 0) {
                            top[k] = top[k + 1];
                            k++;
                        }
                        top[k] = x;
                    }
                }
                return top[0];
            }

            @Override
            public Sequence[] topKSequences(String[] sentence) {
                return topKSequences(sentence, null);
            }

            @Override
            public Sequence[] topKSequences(String[] sentence, Object[] additionalContext) {
                return new BeamSearch(size, model, 0).bestSequences(size, sentence, additionalContext, context, validator);
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
