package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VietnamComtradeFilesTest {

    @TempDir Path dir;

    @Test
    void theMonthlyCsvHasALineForEachProductAndFlowTradedInAMonth() throws IOException {
        Path file = dir.resolve("vn.csv");
        VietnamComtradeFiles.csv(file, Map.of("847130", new long[] {5, 0}), Map.of("120190", new long[] {0, 7}),
                DemoData.FIRST_YEAR, 2);
        List<String> lines = Files.readAllLines(file);
        // the header, January's export of 5 and February's import of 7 (months of zero are not written)
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("C,M,20170101,2017,1,201701,704,VNM,Viet Nam,X,Export,842,USA,USA,0,H6,847130,")
                .endsWith(",,5,5,true,true");
        assertThat(lines.get(2)).contains(",M,Import,").contains(",120190,").endsWith(",7,,7,true,true");
    }

    @Test
    void theAnnualJsonSumsEachYearsMonths() throws IOException {
        Path file = dir.resolve("vn.json");
        long[] months = new long[24];
        Arrays.fill(months, 3);
        VietnamComtradeFiles.json(file, Map.of("847130", months), Map.of(), DemoData.FIRST_YEAR + 1);
        String json = Files.readString(file);
        // 12 months × 3 = 36 in each of 2017 and 2018
        assertThat(json).contains("\"period\":\"2017\"").contains("\"period\":\"2018\"").contains("\"primaryValue\":36");
        assertThat(json.split("\"primaryValue\":36", -1)).hasSize(3);
    }
}
