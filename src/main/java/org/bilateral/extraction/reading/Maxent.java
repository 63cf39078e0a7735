package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's maximum-entropy classifier over feature strings of our own, as the events and roles models use it. GIS on
 * one thread: the same examples in the same order give the same model, within seconds on the whole corpus. Chosen over
 * Tribuo because OpenNLP is already the reader's library (sentences), its models are plain files of a few hundred KB,
 * and a model gives every outcome's probability, which is what {@link org.bilateral.extraction.Confidence} carries.
 */
final class Maxent {

    /** Enough iterations for the corpus's few thousand examples to converge; more changes no decision held out. */
    private static final int ITERATIONS = 150;

    private Maxent() {
    }

    /** A model of these examples, or null when they hold fewer than two outcomes (nothing to tell apart). */
    static MaxentModel train(List<Event> examples) {
        return train(examples, ITERATIONS);
    }

    /** The same with as many iterations as a model's examples need (the purchase models converge in 100). */
    static @Nullable MaxentModel train(List<Event> examples, int iterations) {
        if (examples.stream().map(Event::getOutcome).distinct().count() < 2) {
            return null;
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // a feature seen once still counts: the corpus is small and a rare cue ("co-chaired") is worth learning
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(examples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void save(@Nullable MaxentModel model, Path file) {
        if (model == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                new GenericModelWriter((AbstractModel) model, out).persist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model shipped as this resource, or null when none is (a checkout before {@code bilateral train}). */
    static @Nullable MaxentModel load(String resource) {
        try (InputStream in = Maxent.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model as {@link #save} wrote it. */
    static MaxentModel read(InputStream in) {
        try {
            return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability the model gives this outcome, 0 when it never saw it. */
    static double probability(MaxentModel model, double[] outcomes, String outcome) {
        int i = model.getIndex(outcome);
        return i < 0 ? 0 : outcomes[i];
    }
}
