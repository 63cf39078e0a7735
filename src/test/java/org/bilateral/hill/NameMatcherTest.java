package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching a person read from a press release to a member: the seeds' senators against the real members (skipped when
 * ../shared is absent), and the hard cases (namesakes, last names alone, other chambers) on members written here.
 */
class NameMatcherTest {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");

    private static @Nullable NameMatcher real;

    @BeforeAll
    static void readTheRealMembers() throws IOException {
        if (!HillFixture.congressThere() || !Files.isRegularFile(HillFixture.SHARED.resolve("geo/us-state-codes.csv"))) {
            return;
        }
        CongressFiles.Snapshot s = CongressFiles.read(Files.readAllBytes(HillFixture.CONGRESS.resolve(CongressFiles.LEGISLATORS)),
                Files.readAllBytes(HillFixture.CONGRESS.resolve(CongressFiles.COMMITTEES)),
                Files.readAllBytes(HillFixture.CONGRESS.resolve(CongressFiles.MEMBERSHIP)));
        Map<UsState, String> names = new java.util.HashMap<>();
        UsStates.parse(Files.readAllBytes(HillFixture.SHARED.resolve("geo/us-state-codes.csv")), "us-state-codes.csv")
                .forEach((state, info) -> names.put(state, info.name()));
        real = new NameMatcher(List.copyOf(s.members().values()), names);
    }

    private static NameMatcher real() {
        assumeTrue(real != null, HillFixture.ABSENT);
        return java.util.Objects.requireNonNull(real);
    }

    /** The sentence of a seed press release that names someone, as the reader keeps it as evidence. */
    private static String seedSentence(String file, String words) throws IOException {
        Path seed = SEEDS.resolve(file);
        assumeTrue(Files.isRegularFile(seed), "../shared/corpus/seeds is absent: the seeds' sentences are skipped");
        for (String line : Files.readAllLines(seed)) {
            for (String sentence : line.split("(?<=\\.)\\s+(?=[A-Z])")) {
                if (sentence.contains(words)) {
                    return sentence;
                }
            }
        }
        throw new AssertionError(words + " is not in " + file);
    }

    private static void certain(Optional<NameMatcher.Found> found, String id) {
        assertThat(found).as("a certain match to " + id).isPresent();
        assertThat(found.get().member().legislator().id().value()).isEqualTo(id);
        assertThat(found.get().certainty()).isEqualTo(NameMatcher.Certainty.CERTAIN);
    }

    private static void proposed(Optional<NameMatcher.Found> found, String id) {
        assertThat(found).as("a proposed match to " + id).isPresent();
        assertThat(found.get().member().legislator().id().value()).isEqualTo(id);
        assertThat(found.get().certainty()).isEqualTo(NameMatcher.Certainty.PROPOSED);
    }

    @Test
    void theSeedsSenatorsAreCertainHagertyOfTennesseeCruzOfTexasDainesOfMontana() throws IOException {
        NameMatcher m = real();
        String hagerty = seedSentence("001_b8ae3165b84424af.txt", "Senator Bill Hagerty of the Republican Party");
        Optional<NameMatcher.Found> bill = m.match("Bill Hagerty", "Senator", hagerty);
        certain(bill, "H000601");
        assertThat(bill.get().member().legislator().state()).isEqualTo(UsState.of("TN"));
        // one Hagerty sits in the Senate: the name and the chamber say it alone
        assertThat(bill.get().reason()).isEqualTo(Said.of("hill.match.nameAndChamber", Said.of("hill.chamber.senate")));

        String cruzAndDaines = seedSentence("003_582c4193d7f701eb.txt", "Senator Ted Cruz");
        // Ted Cruz, not Rep. Mónica De La Cruz (R-TX-15), whose last name is three words
        certain(m.match("Ted Cruz", "Senator, Chairman of the Senate Committee on Commerce", cruzAndDaines), "C001098");
        certain(m.match("Steve Daines", "Senator", cruzAndDaines), "D000618");
        assertThat(real().match("Steve Daines", "Senator", cruzAndDaines).get().member().legislator().state()).isEqualTo(UsState.of("MT"));
    }

    @Test
    void theSeedsOtherAmericansAreNoMembers() throws IOException {
        String lutnick = seedSentence("003_582c4193d7f701eb.txt", "Lutnick");
        assertThat(real().match("Howard Lutnick", "Secretary of Commerce", lutnick)).isEmpty();
        assertThat(real().match("Stephen Vaden", "Deputy Secretary of Agriculture", null)).isEmpty();
    }

    @Test
    void theTitleInTheNameAPartyStateLabelAndTheLongFormsOfANameAreRead() {
        NameMatcher m = real();
        certain(m.match("Sen. Ted Cruz (R-Texas)", null, "Sen. Ted Cruz (R-Texas) said"), "C001098");
        // Ted Cruz is Rafael Edward Cruz: Edward is one of the names Ted is short for; Texas is named beside it
        Optional<NameMatcher.Found> rafael = m.match("Rafael Edward Cruz", null, "Rafael Edward Cruz (R-Tex.) met the minister");
        certain(rafael, "C001098");
        assertThat(rafael.get().reason()).isEqualTo(Said.of("hill.match.nameAndState", "Texas"));
        certain(m.match("William Hagerty", "U.S. Senator", null), "H000601");
        certain(m.match("Steven Daines", "Senator", null), "D000618");
        certain(m.match("Congresswoman Monica De La Cruz", null, null), "D000594");
        certain(m.match("MÓNICA DE LA CRUZ", "Representative", null), "D000594");
        // Robert C. "Bobby" Scott of Virginia, by his nickname
        certain(m.match("Bobby Scott", "Congressman", null), "S000185");
        // an initial: Tim Scott is the one Senate Scott whose name starts with T
        certain(m.match("Sen. T. Scott", null, null), "S001184");
    }

    @Test
    void twoScottsInTheSenateAreProposedNeverCertain() {
        NameMatcher m = real();
        // Rick Scott (FL) and Tim Scott (SC): the last name and the chamber fit both; the first by state is proposed,
        // the other named in the reason
        Optional<NameMatcher.Found> either = m.match("Scott", "Senator", null);
        proposed(either, "S001217");
        assertThat(either.get().reason()).isEqualTo(Said.of("hill.match.oneOf", "2", "Tim Scott (SC)"));
        // the state named beside the last name settles which, but the last name alone is only proposed
        Optional<NameMatcher.Found> carolina = m.match("Senator Scott", null, "Senator Scott of South Carolina");
        proposed(carolina, "S001184");
        assertThat(carolina.get().reason()).isEqualTo(Said.of("hill.match.lastNameOnly",
                Said.of("hill.match.besideChamberAndState", Said.of("hill.chamber.senate"), "South Carolina")));
        certain(m.match("Tim Scott", "Senator", null), "S001184");
        certain(m.match("Rick Scott", "Senator", null), "S001217");
    }

    @Test
    void anUnsureNameIsProposedAndOneThatFitsNoMemberIsNothing() {
        NameMatcher m = real();
        // no title and no state: the name alone is proposed
        Optional<NameMatcher.Found> untitled = m.match("Bill Hagerty", null, null);
        proposed(untitled, "H000601");
        assertThat(untitled.get().reason()).isEqualTo(Said.of("hill.match.nameOnly"));
        // a senator's title on a member of the House: proposed, the chamber said
        proposed(m.match("Austin Scott", "Senator", null), "S001189");
        // a last name alone, with nothing beside it, is nobody yet
        assertThat(m.match("Scott", null, null)).isEmpty();
        // a first name that is none of the member's
        assertThat(m.match("John Cruz", "Senator", null)).isEmpty();
        assertThat(m.match("Nguyễn Hồng Diên", "Minister of Industry and Trade", null)).isEmpty();
    }

    // ---- members written here, so that the hard cases are tried without ../shared

    private static Member member(String id, String first, String last, @Nullable String nickname, Chamber chamber, String state,
                                 @Nullable Integer district) {
        Legislator l = new Legislator(new BioguideId(id), first + " " + last, first, last, nickname, chamber, UsState.of(state),
                district, "Republican", null, LocalDate.of(2025, 1, 3), LocalDate.of(2031, 1, 3), LocalDate.of(2019, 1, 3), null);
        return new Member(l, null, null, last, chamber == Chamber.SENATE ? 1 : null, null, true);
    }

    private static final NameMatcher WRITTEN = new NameMatcher(List.of(
            member("S000001", "Rick", "Scott", null, Chamber.SENATE, "FL", null),
            member("S000002", "Tim", "Scott", null, Chamber.SENATE, "SC", null),
            member("S000003", "Austin", "Scott", null, Chamber.HOUSE, "GA", 8),
            member("N000001", "José", "Núñez", null, Chamber.HOUSE, "TX", 1)),
            Map.of(UsState.of("FL"), "Florida", UsState.of("SC"), "South Carolina", UsState.of("GA"), "Georgia",
                    UsState.of("TX"), "Texas"));

    @Test
    void namesakesAreToldApartByChamberStateAndFirstName() {
        proposed(WRITTEN.match("Sen. Scott", null, null), "S000001");
        proposed(WRITTEN.match("Scott", null, "Senator Scott of Florida said"), "S000001");
        certain(WRITTEN.match("Rick Scott", null, "Rick Scott, Senator of Florida"), "S000001");
        // the House has one Scott: still only his last name
        proposed(WRITTEN.match("Rep. Scott", null, null), "S000003");
        certain(WRITTEN.match("Austin Scott", "Representative", null), "S000003");
        // accents aside, in any case
        certain(WRITTEN.match("jose nunez", "Congressman", null), "N000001");
        assertThat(WRITTEN.match("Scott", "Minister", null)).isEmpty();
    }

    @Test
    void statesAreReadByNameOrPartyLabelButWashingtonOnlyAsAState() {
        NameMatcher m = new NameMatcher(List.of(), Map.of(UsState.of("WA"), "Washington", UsState.of("VA"), "Virginia",
                UsState.of("WV"), "West Virginia", UsState.of("TN"), "Tennessee"));
        assertThat(m.statesNamed(NameMatcher.folded("talks in Washington with a senator of West Virginia"))).containsExactly(UsState.of("WV"));
        assertThat(m.statesNamed(NameMatcher.folded("Sen. X (R-Tenn.) and Rep. Y (D-VA-3)")))
                .containsExactlyInAnyOrder(UsState.of("TN"), UsState.of("VA"));
        assertThat(m.statesNamed(NameMatcher.folded("the state of Washington".toUpperCase(Locale.ROOT)))).containsExactly(UsState.of("WA"));
    }
}
