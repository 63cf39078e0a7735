package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.extraction.reading.PurchaseLabelsTest.commitment;
import static org.bilateral.extraction.reading.PurchaseLabelsTest.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.extraction.KnownNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained on a few texts written for the purpose learns what states a purchase and who buys from whom. */
class PurchaseModelTest {

    private static final String[][] ORDERS = {
            {"Lotus Sky", "Embraer", "30"}, {"Pacific Rim Air", "Airbus", "12"}, {"Delta Wings", "Boeing", "40"},
            {"Cebu Skies", "Comac", "8"}, {"Andaman Air", "Airbus", "25"}, {"Mekong Jet", "Boeing", "16"}};
    private static final String[] LOANS = {"Saigon Bank", "Hanoi Credit Union", "Lotus Finance", "Orchid Capital", "Red River Bank",
            "Delta Funds"};

    private static List<CorpusDocument> corpus() {
        List<CorpusDocument> out = new ArrayList<>();
        for (int i = 0; i < ORDERS.length; i++) {
            String[] o = ORDERS[i];
            out.add(document("d" + i + ".txt", "Wire " + i, """
                    %s has ordered %s aircraft from %s, the carrier said on Monday.

                    Separately, %s granted a $%d million loan to finance a new terminal.

                    The airport expects traffic to grow next year.
                    """.formatted(o[0], o[2], o[1], LOANS[i], 100 + i),
                    commitment(o[0], o[1], Long.parseLong(o[2]), null)));
        }
        return out;
    }

    private static final String ORDER = "Sunrise Airways has ordered 20 aircraft from Airbus, the airline said.";
    private static final String LOAN = "Golden Bank granted a $300 million loan to finance a new runway.";

    private static double probability(PurchaseModel m, String sentence) {
        Names names = new Names(new Register(KnownNames.none()));
        List<Tokens.Token> t = Tokens.of(sentence);
        return m.probability(sentence, t, PurchaseCandidates.of(sentence, t, names.find(sentence, t)));
    }

    private static PurchaseModel.Reading read(PurchaseModel m, String sentence) {
        Names names = new Names(new Register(KnownNames.none()));
        List<Tokens.Token> t = Tokens.of(sentence);
        return m.read(sentence, t, PurchaseCandidates.of(sentence, t, names.find(sentence, t)));
    }

    @Test
    void anOrderOfNamesItNeverSawIsACommitmentAndALoanIsNot() {
        PurchaseModel m = PurchaseModel.train(corpus());
        assertThat(probability(m, ORDER)).isGreaterThan(PurchaseModel.THRESHOLD);
        assertThat(probability(m, LOAN)).isLessThan(PurchaseModel.THRESHOLD);
        assertThat(read(m, LOAN)).isNull();
    }

    @Test
    void theBuyerStandsBeforeTheOrderAndTheSellerAfterFrom() {
        PurchaseModel.Reading r = read(PurchaseModel.train(corpus()), ORDER);
        assertThat(r.buyer()).isEqualTo("Sunrise Airways");
        assertThat(r.seller()).isEqualTo("Airbus");
        assertThat(r.terms().quantity()).isEqualTo(20L);
        assertThat(r.probability()).isEqualTo(probability(PurchaseModel.train(corpus()), ORDER));
    }

    @Test
    void trainingIsDeterministicAndASavedModelReadsAsTheTrainedOne(@TempDir Path dir) throws Exception {
        PurchaseModel m = PurchaseModel.train(corpus());
        m.save(Files.createDirectories(dir.resolve("a")));
        PurchaseModel.train(corpus()).save(Files.createDirectories(dir.resolve("b")));
        assertThat(Files.readAllBytes(dir.resolve("a").resolve(PurchaseModel.SENTENCES)))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(PurchaseModel.SENTENCES)));
        PurchaseModel loaded = PurchaseModel.load(Files.newInputStream(dir.resolve("a").resolve(PurchaseModel.SENTENCES)),
                Files.newInputStream(dir.resolve("a").resolve(PurchaseModel.ARGUMENTS)));
        assertThat(probability(loaded, ORDER)).isEqualTo(probability(m, ORDER));
    }
}
