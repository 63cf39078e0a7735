package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leave-one-publisher-out on a corpus of six releases the project wrote, from three publishers in two folders. */
class EvaluationTest {

    @TempDir Path dir;

    List<CorpusDocument> corpus() {
        TinyCorpus.write(dir);
        List<CorpusDocument> documents = new ArrayList<>(Corpus.read(dir.resolve("north")));
        documents.addAll(Corpus.read(dir.resolve("south")));
        return documents;
    }

    @Test
    void aPublisherWrittenSeveralWaysIsOneKey() {
        // The ways the corpus's SOURCES.tsv writes one outlet.
        assertThat(Evaluation.publisherKey("U.S. Department of State, Office of the Spokesperson (republished by EIN Presswire)"))
                .isEqualTo("u s department of state");
        assertThat(Evaluation.publisherKey("U.S. Department of State readout (republished by STL.News)")).isEqualTo("u s department of state");
        assertThat(Evaluation.publisherKey("Office of the U.S. Trade Representative (USTR)")).isEqualTo("office of the u s trade representative");
        assertThat(Evaluation.publisherKey("Global Affairs Canada (release republished by webnewswire.com)")).isEqualTo("global affairs canada");
        assertThat(Evaluation.publisherKey("USAID/Vietnam press release")).isEqualTo("usaid vietnam");
        assertThat(Evaluation.publisherKey("EFTA round statement as republished by wtocenter.vn (WTO and Integration Center, VCCI)"))
                .isEqualTo("efta round");
        assertThat(Evaluation.publisherKey("Minnesota Governor's Office / Minnesota Department of Agriculture news release"))
                .isEqualTo("minnesota governor s office");
        // wire copy counts as its originating agency, as genre-c's NOTES.md counts it
        assertThat(Evaluation.publisherKey("Bloomberg (republished by Gulf News)")).isEqualTo("bloomberg");
        assertThat(Evaluation.publisherKey("The Nation (Thailand), ASEAN section (Asia News Network material on Cambodia)"))
                .isEqualTo("the nation");
        assertThat(Evaluation.publisherKey("The National (Abu Dhabi; CDN copy arcpublishing)")).isEqualTo("the national");
    }

    @Test
    void theTinyCorpusHasThreePublishersInTheOrderTheirFirstDocumentComes() {
        assertThat(Evaluation.publishers(corpus())).containsExactly(
                new Evaluation.Publisher("ministry of trade of atlantis", List.of("north/a1.txt", "south/a2.txt")),
                new Evaluation.Publisher("borealis news agency", List.of("north/b1.txt", "south/b2.txt")),
                new Evaluation.Publisher("caspian herald", List.of("north/c1.txt", "south/c2.txt")));
    }

    @Test
    void noPublishersDocumentReachesTheTrainingOfTheModelsThatReadIt() {
        List<CorpusDocument> documents = corpus();
        List<Set<String>> trainedOn = Collections.synchronizedList(new ArrayList<>());
        Evaluation.leaveOnePublisherOut(documents, 2, done -> { }, training -> {
            trainedOn.add(new HashSet<>(training.stream().map(CorpusDocument::name).toList()));
            return ReaderModels.train(training);
        });
        // three folds, each trained on the four documents of the two other publishers
        assertThat(trainedOn).containsExactlyInAnyOrder(
                Set.of("b1.txt", "b2.txt", "c1.txt", "c2.txt"),
                Set.of("a1.txt", "a2.txt", "c1.txt", "c2.txt"),
                Set.of("a1.txt", "a2.txt", "b1.txt", "b2.txt"));
    }

    @Test
    void theResultIsTheSameOnOneThreadAsOnTwoAndEachFolderIsTheSumOfItsDocuments() {
        List<CorpusDocument> documents = corpus();
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        Evaluation.Result twoThreads = Evaluation.leaveOnePublisherOut(documents, 2, progress::add);
        Evaluation.Result oneThread = Evaluation.leaveOnePublisherOut(documents, 1, done -> { });
        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(twoThreads.documents()).extracting(Evaluation.DocumentScore::name)
                .containsExactly("a1.txt", "b1.txt", "c1.txt", "a2.txt", "b2.txt", "c2.txt");
        assertThat(twoThreads.folders()).extracting(Evaluation.FolderScore::folder, Evaluation.FolderScore::documents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north", 3), org.assertj.core.groups.Tuple.tuple("south", 3));
        List<Scoring.Score> scores = twoThreads.documents().stream().map(Evaluation.DocumentScore::score).toList();
        assertThat(twoThreads.folders().get(0).score()).isEqualTo(Scoring.Score.sum(scores.subList(0, 3)));
        assertThat(twoThreads.folders().get(1).score()).isEqualTo(Scoring.Score.sum(scores.subList(3, 6)));
        assertThat(twoThreads.overall()).isEqualTo(Scoring.Score.sum(scores));
        // six documents, two gold participants each: twelve to find, whatever the reader finds of them
        Scoring.Tally participants = twoThreads.overall().tally(Scoring.Metric.PARTICIPANTS);
        assertThat(participants.tp() + participants.fn()).isEqualTo(12);
    }

    @Test
    void eachDocumentIsScoredOnTheReadingOfTheModelsTrainedWithoutItsPublisher() {
        List<CorpusDocument> documents = corpus();
        Evaluation.Result held = Evaluation.leaveOnePublisherOut(documents, 1, done -> { });
        for (int i = 0; i < documents.size(); i++) {
            CorpusDocument d = documents.get(i);
            String key = Evaluation.publisherKey(d.publisher());
            ReaderModels others = ReaderModels.train(documents.stream()
                    .filter(o -> !Evaluation.publisherKey(o.publisher()).equals(key)).toList());
            var reading = new PressReleaseReader(KnownNames.none(), others).read(new PressRelease(d.name(), d.text()));
            assertThat(held.documents().get(i).score()).as(d.name()).isEqualTo(Scoring.score(d.gold(), reading));
        }
    }
}
