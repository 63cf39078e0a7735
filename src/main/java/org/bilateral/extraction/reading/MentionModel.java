package org.bilateral.extraction.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * The trained <em>mentions</em> component: where a person's or an organisation's name, and a title, begin and end in
 * a sentence's tokens. An OpenNLP maximum-entropy name finder over the features of {@link MentionFeatures}, learnt
 * from the spans {@link MentionSpans} derives from the corpus's gold. Training is deterministic: the same documents
 * in the same order give the same model (GIS, one thread, fixed iterations and cut-off).
 */
public final class MentionModel {

    /** The model's file among {@link ReaderModels#RESOURCES}. */
    static final String FILE = "mentions.bin";

    static final int ITERATIONS = 50;
    static final int CUTOFF = 3;
    static final int BEAM = 1;

    /** A span the model found: token indices (end exclusive), its type and the mean probability of its tokens' labels. */
    record Mention(int start, int end, String type, double probability) {
    }

    /**
     * The least probability at which a span the model finds is taken: chosen by reading each publisher's documents
     * with a model trained without them, not on the training data: held out, every threshold from 0 to 0.5 gave the
     * same scores and 0.6 lost recall (participants 0.521 fell to 0.504, with a beam of three), so the highest is kept.
     */
    static final double THRESHOLD = 0.5;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;
    private final double threshold;

    private MentionModel(TokenNameFinderModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    private MentionModel(TokenNameFinderModel model) {
        this(model, THRESHOLD);
    }

    /** The same model taking spans from another probability on: what leave-one-publisher-out compares. */
    MentionModel withThreshold(double least) {
        return new MentionModel(model, least);
    }

    double threshold() {
        return threshold;
    }

    /** Learns from every sentence of these documents, labelled by {@link MentionSpans}. */
    public static MentionModel train(List<CorpusDocument> documents) {
        return learn(samples(documents));
    }

    static List<NameSample> samples(List<CorpusDocument> documents) {
        List<NameSample> samples = new ArrayList<>();
        for (CorpusDocument d : documents) {
            boolean first = true;
            for (MentionSpans.Labelled s : MentionSpans.of(d).sentences()) {
                if (s.tokens().isEmpty()) {
                    continue;
                }
                Span[] spans = s.spans().stream().map(x -> new Span(x.start(), x.end(), x.type())).toArray(Span[]::new);
                samples.add(new NameSample(s.tokens().toArray(String[]::new), spans, first));
                first = false;
            }
        }
        return samples;
    }

    static MentionModel learn(List<NameSample> samples) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // One pass over the events, held in memory: the corpus is small, and a second pass doubles the training time.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        // The best label at each token, not a beam of three sequences: a third of the time at reading.
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM);
        return learn(samples, parameters);
    }

    static MentionModel learn(List<NameSample> samples, TrainingParameters parameters) {
        try {
            return new MentionModel(NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
                    new MentionFeatures()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model built into the workbench; its absence is a build without {@code bilateral train}, said so. */
    static MentionModel shipped() {
        try (java.io.InputStream in = MentionModel.class.getClassLoader().getResourceAsStream(ReaderModels.RESOURCES + FILE)) {
            if (in == null) {
                throw new IllegalStateException("the reader's model " + ReaderModels.RESOURCES + FILE
                        + " is not among the resources: run bilateral train");
            }
            return load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static MentionModel load(InputStream in) {
        try {
            return new MentionModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model's size serialised, in bytes. */
    int size() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** The spans the model finds among these tokens, with their probabilities. */
    List<Mention> find(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        NameFinderME f = finder.get();
        Span[] spans = f.find(words);
        double[] probs = f.probs(spans);
        List<Mention> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Mention(spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probs[i]));
        }
        return out;
    }
}
