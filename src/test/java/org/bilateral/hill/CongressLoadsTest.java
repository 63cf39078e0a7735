package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the congress files: the real snapshot, and small hand-written ones that change, refuse or repeat. */
@WorkbenchTest
class CongressLoadsTest {

    @Autowired CongressLoads loads;
    @Autowired Legislators legislators;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    static final String LEGISLATORS_HEADER = "bioguide_id,full_name,official_full_present,first_name,middle_name,last_name,suffix,nickname,"
            + "last_name_ascii,chamber,state,district,senate_class,state_rank,voting,party,caucus,term_start,term_end,how,end_type,"
            + "first_start_in_chamber,thomas_id,lis_id,govtrack_id,wikipedia,url\n";
    static final String HAGERTY = "H000601,Bill Hagerty,yes,Bill,Francis,Hagerty,,,Hagerty,senate,TN,,2,junior,yes,Republican,,2021-01-03,"
            + "2027-01-03,,,2021-01-03,,,,Bill Hagerty,https://www.hagerty.senate.gov\n";
    static final String BLACKBURN = "B001243,Marsha Blackburn,yes,Marsha,,Blackburn,,,Blackburn,senate,TN,,1,senior,yes,Republican,,"
            + "2025-01-03,2031-01-03,,,2019-01-03,,,,Marsha Blackburn,https://www.blackburn.senate.gov\n";
    static final String BURCHETT = "B001309,Tim Burchett,yes,Tim,,Burchett,,,Burchett,house,TN,2,,,yes,Republican,,2025-01-03,2027-01-03,,,"
            + "2019-01-03,,,,Tim Burchett,https://burchett.house.gov\n";
    static final String COMMITTEES_HEADER = "committee_id,committee_name,parent_id,parent_name,chamber,subcommittee_thomas_id,url,jurisdiction\n";
    static final String COMMITTEES = COMMITTEES_HEADER
            + "SSFI,Senate Committee on Finance,,,senate,,https://www.finance.senate.gov/,\n"
            + "SSFI13,\"International Trade, Customs, and Global Competitiveness\",SSFI,Senate Committee on Finance,senate,13,,\n"
            + "SSBU,Senate Committee on the Budget,,,senate,,,\n"
            + "HSWM,House Committee on Ways and Means,,,house,,,\n";
    static final String SEATS_HEADER = "committee_id,committee_name,parent_id,parent_name,chamber,bioguide_id,member_name,side,rank,title,member_chamber\n";
    static final String SEATS = SEATS_HEADER
            + "SSBU,Senate Committee on the Budget,,,senate,H000601,Bill Hagerty,majority,5,,\n"
            + "SSFI,Senate Committee on Finance,,,senate,B001243,Marsha Blackburn,majority,9,,\n"
            + "SSFI13,x,SSFI,Senate Committee on Finance,senate,B001243,Marsha Blackburn,majority,1,Chairman,\n"
            + "SSFI,Senate Committee on Finance,,,senate,H000601,Bill Hagerty,majority,12,,\n";

    @BeforeEach
    void empty() {
        HillFixture.clear(jdbc);
    }

    private Path snapshot(String legislatorsFile, String committeesFile, String seatsFile) throws IOException {
        Files.writeString(dir.resolve("legislators-current.csv"), legislatorsFile);
        Files.writeString(dir.resolve("committees-current.csv"), committeesFile);
        Files.writeString(dir.resolve("committee-membership.csv"), seatsFile);
        return dir;
    }

    @Test
    void theRealSnapshotHolds537Members230CommitteesAnd3879Seats() {
        assumeTrue(HillFixture.congressThere(), HillFixture.ABSENT);
        CongressLoads.Loaded first = loads.load(HillFixture.CONGRESS);
        assertThat(first.members()).isEqualTo(537);
        assertThat(first.committees()).isEqualTo(230);
        assertThat(first.seats()).isEqualTo(3879);
        assertThat(first.added()).hasSize(537).contains("Sen. Bill Hagerty (R-TN)", "Sen. Ted Cruz (R-TX)", "Sen. Steve Daines (R-MT)");

        Legislator hagerty = legislators.existing(BioguideId.of("H000601"));
        assertThat(hagerty.chamber()).isEqualTo(Chamber.SENATE);
        // Tennessee: two senators (Blackburn senior, Hagerty junior) and nine districts
        List<Legislator> tennessee = legislators.ofState(UsState.of("TN"));
        assertThat(tennessee).hasSize(11);
        assertThat(tennessee.subList(0, 2)).extracting(Legislator::lastName).containsExactly("Blackburn", "Hagerty");
        assertThat(tennessee.get(2).district()).isEqualTo(1);

        // Daines's 13 seats: the trade-relevant first in Legislators.TRADE_COMMITTEES' order (SSFI 1, SSFI13 2, SSFR 9),
        // then the others by committee (Energy and Natural Resources, Finance's others, Foreign Relations' others, Indian
        // Affairs), each committee before its subcommittees, these by name
        List<Seat> daines = legislators.seats(BioguideId.of("D000618"));
        assertThat(daines).extracting(Seat::committeeId).containsExactly("SSFI", "SSFI13", "SSFR", "SSEG", "SSEG04", "SSEG03", "SSEG07",
                "SSFI12", "SSFI10", "SSFR09", "SSFR01", "SSFR07", "SLIA");
        assertThat(daines).extracting(Seat::tradeRank).startsWith(1, 2, 9, 0);
        assertThat(daines.get(1).parentName()).isEqualTo("Senate Committee on Finance");
        // the Senate Finance committee's trade subcommittee: its members, the chairman first by rank
        List<Legislators.OnCommittee> trade = legislators.onCommittees(List.of("SSFI13"));
        assertThat(trade).extracting(o -> o.legislator().id().value()).contains("D000618");
        assertThat(legislators.search("hagerty", 5)).extracting(Legislator::label).containsExactly("Sen. Bill Hagerty (R-TN)");
        assertThat(legislators.search("H000601", 5)).extracting(l -> l.id().value()).containsExactly("H000601");

        CongressLoads.Loaded again = loads.load(HillFixture.CONGRESS);
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.members()).isEqualTo(537);
    }

    @Test
    void aNewerSnapshotSaysWhoCameWhoLeftWhoChangedAndKeepsTheOneWhoLeftAsFormer() throws IOException {
        loads.load(snapshot(LEGISLATORS_HEADER + HAGERTY + BLACKBURN, COMMITTEES, SEATS));
        assertThat(legislators.seats(BioguideId.of("H000601"))).extracting(Seat::committeeId).containsExactly("SSFI", "SSBU");

        // Blackburn leaves, Burchett comes, Hagerty's term end changes, and he leaves the Budget committee
        String hagertyChanged = HAGERTY.replace("2027-01-03,,,2021", "2033-01-03,,,2021");
        CongressLoads.Loaded second = loads.load(snapshot(LEGISLATORS_HEADER + hagertyChanged + BURCHETT, COMMITTEES,
                SEATS_HEADER + "SSFI,Senate Committee on Finance,,,senate,H000601,Bill Hagerty,majority,12,,\n"));
        assertThat(second.added()).containsExactly("Rep. Tim Burchett (R-TN-2)");
        assertThat(second.departed()).containsExactly("Sen. Marsha Blackburn (R-TN)");
        assertThat(second.changed()).containsExactly("Sen. Bill Hagerty (R-TN)");
        // seats: Hagerty's SSBU, Blackburn's SSFI and SSFI13 gone (3); Hagerty's SSFI unchanged
        assertThat(second.seatsChanged()).isEqualTo(3);
        assertThat(second.members()).isEqualTo(2);
        assertThat(legislators.legislator(BioguideId.of("B001243"))).isPresent();
        assertThat(legislators.sitting(BioguideId.of("B001243"))).isFalse();
        assertThat(legislators.ofState(UsState.of("TN"))).extracting(Legislator::lastName).containsExactly("Hagerty", "Burchett");
        assertThat(audit.entries(null, null, 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("congress loaded"));

        CongressLoads.Loaded third = loads.load(dir);
        assertThat(third.changedAnything()).as("the same files again change nothing").isFalse();
    }

    @Test
    void aBadFileIsRefusedByFileLineAndFieldAndChangesNothing() throws IOException {
        loads.load(snapshot(LEGISLATORS_HEADER + HAGERTY + BLACKBURN, COMMITTEES, SEATS));
        String badLegislators = LEGISLATORS_HEADER + HAGERTY.replace("H000601", "H60001") + BLACKBURN.replace(",TN,", ",XT,")
                + BURCHETT.replace("2025-01-03,2027-01-03", "2025-01-03,2024-13-03");
        String badSeats = SEATS + "SSXX,Nothing,,,senate,B001243,Marsha Blackburn,majority,1,,\n"
                + "SSFI,Senate Committee on Finance,,,senate,C001098,Ted Cruz,plurality,1,,\n";
        assertThatThrownBy(() -> loads.load(snapshot(badLegislators, COMMITTEES, badSeats)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::toString).contains(
                        "legislators-current.csv, line 2, field bioguide_id: not a bioguide id (a capital letter and six digits, as H000601): 'H60001'",
                        "legislators-current.csv, line 3, field state: not the USPS code of a US state, DC or territory: 'XT'",
                        "legislators-current.csv, line 4, field term_end: is '2024-13-03', not a date written 2025-01-03",
                        "committee-membership.csv, line 6, field committee_id: the committee SSXX is not in committees-current.csv",
                        "committee-membership.csv, line 7, field bioguide_id: the member C001098 is not in legislators-current.csv",
                        "committee-membership.csv, line 7, field side: is 'plurality', not one of majority, minority"));
        assertThat(legislators.ofState(UsState.of("TN"))).extracting(Legislator::lastName).containsExactly("Blackburn", "Hagerty");
        assertThat(jdbc.sql("select count(*) from committee_seat").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.writeString(dir.resolve("legislators-current.csv"), LEGISLATORS_HEADER + HAGERTY);
        assertThatThrownBy(() -> loads.load(dir)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(InputProblem::toString).containsExactly("committees-current.csv: the file is not in " + dir,
                        "committee-membership.csv: the file is not in " + dir));
    }

    @Test
    void withoutCongressFilesTheHillHoldsNoMembers() {
        // the tests' reference location has no congress/ folder
        assertThat(loads.loadReference()).isEmpty();
        assertThat(legislators.loaded()).isFalse();
        assertThat(legislators.ofState(UsState.of("TN"))).isEmpty();
    }
}
