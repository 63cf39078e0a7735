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

    /** Sentences written for this test, each holding one or more of the cues' wordings, and some holding none. */
    private static final List<String> CUED = List.of(
            "Northwind Air ordered 20 jets, its largest order, and placed a further order for engines.",
            "The importers agreed to buy 1.2 million tonnes of wheat from Kansas growers, a commitment to purchase more.",
            "They signed a purchase agreement and an MoU worth $2 billion, and inked a deal to import corn.",
            "A memorandum of understanding valued at US$300 million was sealed between the two groups.",
            "The refiner bought crude in March and imported LNG under a sales and purchase agreement (SPA).",
            "A heads of agreement and an offtake deal: the supply agreement sells gas to Hanoi for 20 years.",
            "The deal between the two carriers was finalised; Boeing will deliver the aircraft to the airline.",
            "The bank secured a loan to finance the lease; the fund will invest in a 5% stake and take equity.",
            "The company plans to buy more, is considering an order and may import arms, weapons or fighter jets.",
            "In all, exports rose and the trade deficit and surplus were discussed, a combined total of $5 billion.",
            "The weather in Hanoi was fine on Monday.",
            "Ministers met.");

    @Test
    void aCueIsFoundInASentenceExactlyWhenItsWordingIs() {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (String sentence : CUED) {
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            for (PurchaseModel.Cue c : PurchaseModel.cues()) {
                boolean wording = c.pattern().matcher(lower).find();
                assertThat(c.in(lower)).as("%s in %s", c.name(), sentence).isEqualTo(wording);
                if (wording) {
                    found.add(c.name());
                }
            }
        }
        // every cue is met at least once above, so each word list is checked against a sentence that has the wording
        assertThat(found).containsAll(PurchaseModel.cues().stream().map(PurchaseModel.Cue::name).toList());
    }
}
