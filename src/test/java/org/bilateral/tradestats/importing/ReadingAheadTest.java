package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilateral.WorkbenchTest;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A file read on a thread of its own says the same figures, skips and refusals, with the same lines, in the same
 * order, as read on the importing thread: rows far past the first hand-over are named by their true line.
 */
@WorkbenchTest
class ReadingAheadTest {

    @Autowired CountryDirectory countries;

    /**
     * A Census file of {@code rows} records, one a line after the header (record k on line k + 1): record k is HS
     * 8471000000 + k, worth k + 1000 dollars, in January 2024, to Vietnam; records listed in {@code groups} go to a
     * country group (skipped), those in {@code bad} carry a value that is no amount.
     */
    private static InputStream census(int rows, Set<Integer> groups, Set<Integer> bad) {
        StringBuilder json = new StringBuilder("[[\"I_COMMODITY\",\"GEN_VAL_MO\",\"CTY_CODE\",\"CTY_NAME\",\"time\"]");
        for (int k = 1; k <= rows; k++) {
            json.append(",\n[\"").append(8471000000L + k).append("\",\"").append(bad.contains(k) ? "12x" : String.valueOf(k + 1000))
                    .append("\",\"").append(groups.contains(k) ? "1XXX\",\"NORTH AMERICA" : "5520\",\"VIETNAM")
                    .append("\",\"2024-01\"]");
        }
        return new ByteArrayInputStream(json.append("]\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void figuresAndSkipsArriveInTheFilesOrderAcrossManyHandOvers() throws IOException {
        int rows = 3 * ReadingAhead.BATCH + 17; // 12,305 records: three full hand-overs and a part
        ReadContext direct = new ReadContext("imports.json");
        List<Figure> read = new ArrayList<>();
        new CensusJsonReader(countries).read(census(rows, Set.of(5, 9_000), Set.of()), direct, read::add);
        ReadContext context = new ReadContext("imports.json");
        List<Figure> ahead = new ArrayList<>();

        ReadingAhead.read(new CensusJsonReader(countries), census(rows, Set.of(5, 9_000), Set.of()), context, ahead::add);

        assertThat(ahead).isEqualTo(read).hasSize(rows - 2); // 12,305 records, 2 of them country groups: 12,303 figures
        assertThat(ahead.get(rows - 3).sourceLine()).isEqualTo(rows + 1); // the last record, 12,305, on line 12,306
        assertThat(context.skipped()).isEqualTo(direct.skipped()).containsEntry("Census country groups (CTY_CODE 1...)", 2);
        assertThat(context.dataset()).isEqualTo(CensusJsonReader.DATASET);
    }

    @Test
    void aRefusedRowFarPastTheFirstHandOverIsNamedByItsTrueLine() {
        // Record 10,000 is read in the third hand-over of 4,096; the header is line 1, so it is on line 10,001.
        assertThatThrownBy(() -> ReadingAhead.read(new CensusJsonReader(countries), census(12_000, Set.of(), Set.of(10_000)),
                new ReadContext("big.json"), f -> { }))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("big.json, line 10001 (record 10000), field GEN_VAL_MO: '12x' is not a non-negative amount in dollars below 10,000,000,000,000,000"));
    }

    @Test
    void problemsOfBothThreadsKeepTheFilesOrder() {
        // The reader refuses record 7,000 (line 7,001); the importing thread's sink, as the COPY's repeat check does,
        // refuses the figures of lines 3,001 and 12,001: read in one thread the three come in line order, and so here.
        ReadContext context = new ReadContext("mixed.json");
        FigureSink refusing = f -> {
            if (f.sourceLine() == 3_001 || f.sourceLine() == 12_001) {
                context.problem(InputProblem.line(f.sourceLine()), null, Said.of("refusal.tradestats.repeatsLine", "2", f.hsCode()));
            }
        };

        assertThatThrownBy(() -> ReadingAhead.read(new CensusJsonReader(countries), census(13_000, Set.of(), Set.of(7_000)),
                context, refusing))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.location())
                        .containsExactly("line 3001", "line 7001 (record 7000)", "line 12001"));
    }

    @Test
    void theReadingStopsAtTheTenthProblemAsItDidOnOneThread() {
        // Twelve bad records, every 1,000th from 1,000: the first ten are listed (lines 1,001 to 10,001), no more.
        Set<Integer> bad = Set.of(1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000, 11_000, 12_000);

        assertThatThrownBy(() -> ReadingAhead.read(new CensusJsonReader(countries), census(12_500, Set.of(), bad),
                new ReadContext("many.json"), f -> { }))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.location())
                        .containsExactly("line 1001 (record 1000)", "line 2001 (record 2000)", "line 3001 (record 3000)",
                                "line 4001 (record 4000)", "line 5001 (record 5000)", "line 6001 (record 6000)",
                                "line 7001 (record 7000)", "line 8001 (record 8000)", "line 9001 (record 9000)",
                                "line 10001 (record 10000)"));
    }
}
