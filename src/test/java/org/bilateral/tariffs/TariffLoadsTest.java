package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the schedule's two files: the real ones, and small hand-written ones that refuse, repeat or add a version. */
@WorkbenchTest
class TariffLoadsTest {

    @Autowired TariffLoads loads;
    @Autowired TariffSchedules schedules;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    static final String MFN_HEADER = "hscode,mfn_rate_percent,year,source,out_of_quota_rate_percent,mfn_rate_text,general_rate_text\n";
    static final String PREF_HEADER = "hscode,acfta,atiga,ajcep,vjepa,akfta,aanzfta,aifta,vkfta,vcfta,vn_eaeu,cptpp,ahkfta,evfta,ukvfta,vifta,"
            + "rcep_a,rcep_b,rcep_c,rcep_d,rcep_e,rcep_f\n";
    /** Three lines of 2026 as the real files print them: two horses, eggs under a tariff quota, a car referred to Chapter 98. */
    static final String MFN = MFN_HEADER
            + "01012900,5,2026,quyphong91/tariffvn@29f65b2,,,7.5\n"
            + "01013010,0,2026,quyphong91/tariffvn@29f65b2,,,5\n"
            + "04072100,40,2026,quyphong91/tariffvn@29f65b2,80,,60 (NHN: 120)\n"
            + "87032311,,2026,quyphong91/tariffvn@29f65b2,,Theo hướng dẫn tại điểm b.5.3 và b.5.4 khoản 2.2 Chương 98,150% thuế MFN\n";
    static final String PREFERENTIAL = PREF_HEADER
            + "01012900,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2.9,0,0,0,0,0,0\n"
            + "01013010,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
            + "04072100,0,0,0,0,0(-KR),0,0,0,0,Q,\"12,3; M: 15,3\",0,*,*,*,*,*,*,*,*,*\n"
            + "87032311,70,0,0,0,0,0,0,0,0,*,\"0/1,8\",0,0,0,0,0,0,0,0,0,0\n";

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
    }

    private Path files(String name, String mfn, String preferential) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(TariffFiles.MFN), mfn);
        Files.writeString(folder.resolve(TariffFiles.PREFERENTIAL), preferential);
        return folder;
    }

    private List<String> refusal(String mfn, String preferential) throws IOException {
        Path folder = files("bad", mfn, preferential);
        try {
            loads.load(folder, LocalDate.of(2026, 1, 1), "test");
        } catch (InvalidInput e) {
            assertThat(schedules.schedules()).as("a refused load changes nothing").isEmpty();
            return e.problems().stream().map(InputProblem::toString).toList();
        }
        throw new AssertionError("the files were taken");
    }

    @Test
    void smallFilesAreHeldLineByLineWithEveryPrintedValue() throws IOException {
        TariffLoads.LoadReport r = loads.load(files("a", MFN, PREFERENTIAL), LocalDate.of(2026, 1, 1), "analyst");
        assertThat(r.unchanged()).isFalse();
        assertThat(r.lines()).isEqualTo(4);
        // 4 lines × 21 agreements
        assertThat(r.preferences()).isEqualTo(84);
        assertThat(r.unpriced()).isEqualTo(1);
        ScheduleId id = r.schedule().id();
        TariffLine eggs = schedules.line(id, new HsCode("04072100")).orElseThrow();
        assertThat(eggs.mfnPercent()).isEqualByComparingTo("40");
        assertThat(eggs.outOfQuotaPercent()).isEqualByComparingTo("80");
        assertThat(eggs.generalText()).isEqualTo("60 (NHN: 120)");
        assertThat(eggs.preferences()).hasSize(21);
        assertThat(eggs.preference(Agreement.VN_EAEU).orElseThrow().printed()).isEqualTo("Q");
        assertThat(eggs.preference(Agreement.VN_EAEU).orElseThrow().ratePercent()).isNull();
        assertThat(eggs.preference(Agreement.CPTPP).orElseThrow().ratePercent()).isEqualByComparingTo("12.3");
        // eggs: 0 under ACFTA, ATIGA, AJCEP, VJEPA, AKFTA (not for Korea's goods), AANZFTA, AIFTA, VKFTA, VCFTA, AHKFTA
        assertThat(eggs.best().orElseThrow().agreements()).containsExactly(Agreement.ACFTA, Agreement.ATIGA, Agreement.AJCEP,
                Agreement.VJEPA, Agreement.AKFTA, Agreement.AANZFTA, Agreement.AIFTA, Agreement.VKFTA, Agreement.VCFTA, Agreement.AHKFTA);
        TariffLine car = schedules.line(id, new HsCode("87032311")).orElseThrow();
        assertThat(car.priced()).isFalse();
        assertThat(car.mfnText()).isEqualTo("Theo hướng dẫn tại điểm b.5.3 và b.5.4 khoản 2.2 Chương 98");
        assertThat(schedules.linesUnder(id, new HsCode("0101"))).extracting(l -> l.code().digits()).containsExactly("01012900", "01013010");
        assertThat(schedules.linesUnder(id, new HsCode("01"))).hasSize(2);
        assertThat(schedules.inSchedule(id, new HsCode("0407"))).isTrue();
        assertThat(schedules.inSchedule(id, new HsCode("0408"))).isFalse();
        assertThat(schedules.line(id, new HsCode("01012100"))).isEmpty();
        assertThat(schedules.lines(id)).hasSize(4);
        assertThat(audit.entries("analyst", null, 5)).extracting(AuditTrail.Entry::action).contains("tariff schedule loaded");
    }

    @Test
    void theHs6SummaryAveragesThePricedLinesOnly() throws IOException {
        ScheduleId id = loads.load(files("a", MFN, PREFERENTIAL), LocalDate.of(2026, 1, 1), "test").schedule().id();
        // 0101.30: one line held here, 01013010 at 0 → 1 line, average 0
        TariffSchedules.Hs6Rates horses = schedules.hs6(id, new HsCode("010130")).orElseThrow();
        assertThat(horses.lines()).isEqualTo(1);
        assertThat(horses.averagePercent()).isEqualByComparingTo("0");
        // 8703.23: one line, unpriced → 1 line, 0 priced, no average
        TariffSchedules.Hs6Rates car = schedules.hs6(id, new HsCode("870323")).orElseThrow();
        assertThat(car.lines()).isEqualTo(1);
        assertThat(car.priced()).isZero();
        assertThat(car.averagePercent()).isNull();
        assertThat(car.minPercent()).isNull();
        assertThat(schedules.hs6(id, new HsCode("010121"))).isEmpty();
    }

    @Test
    void theSameFilesAgainChangeNothing() throws IOException {
        Path folder = files("a", MFN, PREFERENTIAL);
        TariffLoads.LoadReport first = loads.load(folder, LocalDate.of(2026, 1, 1), "test");
        TariffLoads.LoadReport again = loads.load(files("copy", MFN, PREFERENTIAL), LocalDate.of(2026, 1, 1), "test");
        assertThat(again.unchanged()).isTrue();
        assertThat(again.schedule()).isEqualTo(first.schedule());
        assertThat(again.unpriced()).isEqualTo(1);
        // the same files under another day are still the version held, not a second one
        assertThat(loads.load(folder, LocalDate.of(2027, 1, 1), "test").unchanged()).isTrue();
        assertThat(schedules.schedules()).hasSize(1);
    }

    @Test
    void aNewerScheduleAddsAVersionAndTheDayChoosesWhichIsInForce() throws IOException {
        Schedule old = loads.load(files("2026", MFN, PREFERENTIAL), LocalDate.of(2026, 1, 1), "test").schedule();
        // 2027: the horses of 0101.29 cut from 5 to 3
        Schedule newer = loads.load(files("2027", MFN.replace("01012900,5,2026", "01012900,3,2027").replace(",2026,", ",2027,"),
                PREFERENTIAL), LocalDate.of(2027, 1, 1), "test").schedule();
        assertThat(schedules.schedules()).extracting(Schedule::inForceFrom).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(schedules.inForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(schedules.inForceOn(LocalDate.of(2026, 1, 1))).contains(old);
        assertThat(schedules.inForceOn(LocalDate.of(2026, 12, 31))).contains(old);
        assertThat(schedules.inForceOn(LocalDate.of(2027, 1, 1))).contains(newer);
        assertThat(schedules.existingInForceOn(LocalDate.of(2030, 6, 1))).isEqualTo(newer);
        assertThatThrownBy(() -> schedules.existingInForceOn(LocalDate.of(2020, 1, 1))).isInstanceOf(NotFound.class);
        HsCode horses = new HsCode("01012900");
        assertThat(schedules.line(old.id(), horses).orElseThrow().mfnPercent()).isEqualByComparingTo("5");
        assertThat(schedules.line(newer.id(), horses).orElseThrow().mfnPercent()).isEqualByComparingTo("3");
    }

    @Test
    void otherFilesOnADayHeldAreRefusedByTheDay() throws IOException {
        loads.load(files("a", MFN, PREFERENTIAL), LocalDate.of(2026, 1, 1), "test");
        Path other = files("b", MFN.replace("01012900,5,", "01012900,4,"), PREFERENTIAL);
        assertThatThrownBy(() -> loads.load(other, LocalDate.of(2026, 1, 1), "test")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("--in-force-from")));
        assertThat(schedules.schedules()).hasSize(1);
    }

    @Test
    void aMissingColumnIsRefusedByFileLineAndField() throws IOException {
        assertThat(refusal(MFN.replace(",year,", ",yr,"), PREFERENTIAL))
                .containsExactly("vietnam-mfn-applied.csv, line 1, field year: the header has no column year");
        assertThat(refusal(MFN, PREFERENTIAL.replace(",rcep_f\n", ",rcep_g\n")))
                .containsExactly("vietnam-preferential-rates.csv, line 1, field rcep_f: the header has no column rcep_f");
    }

    @Test
    void aCodeNotOfEightDigitsADuplicateLineAndABadRateAreRefusedByLineAndField() throws IOException {
        String mfn = MFN.replace("01013010,0,", "0101301,0,")
                .replace("04072100,40,2026,quyphong91/tariffvn@29f65b2,80", "04072100,-40,2026,quyphong91/tariffvn@29f65b2,eighty")
                + "01012900,5,2026,quyphong91/tariffvn@29f65b2,,,7.5\n";
        List<String> problems = refusal(mfn, PREFERENTIAL.replace("01012900,0,0,", "01012900,-1,0,"));
        assertThat(problems).contains(
                "vietnam-mfn-applied.csv, line 3, field hscode: is '0101301', not a national line of 8 digits",
                "vietnam-mfn-applied.csv, line 4, field mfn_rate_percent: is -40: a rate cannot be negative",
                "vietnam-mfn-applied.csv, line 4, field out_of_quota_rate_percent: is eighty, not a rate in percent (a number such as 5 or 2,9)",
                "vietnam-mfn-applied.csv, line 6, field hscode: line 01012900 is listed twice (first on line 2)",
                "vietnam-preferential-rates.csv, line 2, field acfta: is -1: a rate cannot be negative");
    }

    @Test
    void aLineInOneFileMissingInTheOtherIsRefused() throws IOException {
        String mfnWithout = MFN.replace("01013010,0,2026,quyphong91/tariffvn@29f65b2,,,5\n", "");
        assertThat(refusal(mfnWithout, PREFERENTIAL))
                .containsExactly("vietnam-preferential-rates.csv, line 3, field hscode: line 01013010 is not in vietnam-mfn-applied.csv");
        String prefWithout = PREFERENTIAL.replace("01013010,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n", "");
        assertThat(refusal(MFN, prefWithout))
                .containsExactly("vietnam-mfn-applied.csv, line 3, field hscode: line 01013010 is not in vietnam-preferential-rates.csv");
    }

    @Test
    void aLineWithNeitherRateNorTextAndAMissingFileAreRefused() throws IOException {
        assertThat(refusal(MFN.replace("01013010,0,2026", "01013010,,2026"), PREFERENTIAL)).containsExactly(
                "vietnam-mfn-applied.csv, line 3, field mfn_rate_percent: is empty, and mfn_rate_text does not say why the line has no rate");
        Path half = Files.createDirectories(dir.resolve("half"));
        Files.writeString(half.resolve(TariffFiles.MFN), MFN);
        assertThatThrownBy(() -> loads.load(half, LocalDate.of(2026, 1, 1), "test")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(TariffFiles.PREFERENTIAL)));
    }

    @Test
    void theRealScheduleHolds11414LinesOfWhich264AreUnpriced() {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        TariffLoads.LoadReport r = loads.load(TariffFixture.TARIFFS, LocalDate.of(2026, 1, 1), "test");
        assertThat(r.lines()).isEqualTo(11_414);
        assertThat(r.unpriced()).isEqualTo(264);
        // 11,414 lines × 21 columns
        assertThat(r.preferences()).isEqualTo(239_694);
        ScheduleId id = r.schedule().id();
        assertThat(schedules.lines(id)).hasSize(11_414);
        // real rows of every convention, as read
        TariffLine pork = schedules.line(id, new HsCode("02031100")).orElseThrow();
        assertThat(pork.preference(Agreement.CPTPP).orElseThrow().printed()).isEqualTo("2,7; M: 5,4");
        assertThat(schedules.line(id, new HsCode("04072100")).orElseThrow().preference(Agreement.VN_EAEU).orElseThrow().printed())
                .isEqualTo("Q");
        assertThat(schedules.line(id, new HsCode("01012900")).orElseThrow().preference(Agreement.VIFTA).orElseThrow().ratePercent())
                .isEqualByComparingTo("2.9");
        assertThat(schedules.line(id, new HsCode("15089000")).orElseThrow().preference(Agreement.EVFTA).orElseThrow().highestPercent())
                .isEqualByComparingTo("9");
        // no printed value of the real files is read as nothing but the 17 "Q" of VN-EAEU
        long unread = schedules.lines(id).stream().flatMap(l -> l.preferences().stream()).filter(p -> !p.read()).count();
        assertThat(unread).isEqualTo(17);
    }

    @Test
    void theRealHs6SummaryMatchesTheSummaryFileForCodesWorkedByHand() throws IOException {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        ScheduleId id = loads.load(TariffFixture.TARIFFS, LocalDate.of(2026, 1, 1), "test").schedule().id();
        // 8703.23: 36 lines, 16 referred to Chapter 98; the 20 priced are 20, 20, 15, 50, 50, 52 × 4 and 70 × 11:
        // 20 + 20 + 15 + 100 + 208 + 770 = 1,133; 1,133 / 20 = 56.65; min 15, max 70
        TariffSchedules.Hs6Rates cars = schedules.hs6(id, new HsCode("870323")).orElseThrow();
        assertThat(cars.lines()).isEqualTo(36);
        assertThat(cars.priced()).isEqualTo(20);
        assertThat(cars.averagePercent()).isEqualByComparingTo("56.65");
        assertThat(cars.minPercent()).isEqualByComparingTo("15");
        assertThat(cars.maxPercent()).isEqualByComparingTo("70");
        // 1005.90 (maize): 30, 2, 0 → 32 / 3 = 10.6667 to 4 decimals (the summary file prints 10.67)
        TariffSchedules.Hs6Rates maize = schedules.hs6(id, new HsCode("100590")).orElseThrow();
        assertThat(maize.averagePercent()).isEqualByComparingTo("10.6667");
        assertThat(maize.minPercent()).isEqualByComparingTo("0");
        assertThat(maize.maxPercent()).isEqualByComparingTo("30");
        // 0207.14 (chicken cuts): 20, 15, 20, 20, 20 → 95 / 5 = 19
        assertThat(schedules.hs6(id, new HsCode("020714")).orElseThrow().averagePercent()).isEqualByComparingTo("19");
        // and the same three as the summary file states them, to its 2 decimals
        List<String> summary = Files.readAllLines(TariffFixture.TARIFFS.resolve("vietnam-mfn-hs6-summary.csv"));
        for (String code : List.of("870323", "100590", "020714")) {
            String[] row = summary.stream().filter(s -> s.startsWith(code + ",")).findFirst().orElseThrow().split(",");
            TariffSchedules.Hs6Rates ours = schedules.hs6(id, new HsCode(code)).orElseThrow();
            assertThat(ours.lines()).isEqualTo(Integer.parseInt(row[1]));
            assertThat(ours.priced()).isEqualTo(Integer.parseInt(row[2]));
            assertThat(ours.averagePercent().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo(new BigDecimal(row[3]));
            assertThat(ours.minPercent()).isEqualByComparingTo(new BigDecimal(row[4]));
            assertThat(ours.maxPercent()).isEqualByComparingTo(new BigDecimal(row[5]));
        }
    }
}
