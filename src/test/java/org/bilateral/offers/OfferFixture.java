package org.bilateral.offers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffLoads;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small schedule in force from 1 January 2026, written as the two schedule files and loaded as the real ones are:
 * subheading 0101.29 with lines at 10%, 5% and 0%; 0201.10.00 at 20%; 0201.20.00 at 5%; shrimp 0306.17.11 at 12%;
 * 8703.23.11 referring to Chapter 98 and 8703.23.51 at 20%.
 */
final class OfferFixture {

    static final LocalDate IN_FORCE = LocalDate.of(2026, 1, 1);

    private static final String MFN_HEADER = "hscode,mfn_rate_percent,year,source,out_of_quota_rate_percent,mfn_rate_text,general_rate_text";
    private static final String PREFERENTIAL_HEADER = "hscode,acfta,atiga,ajcep,vjepa,akfta,aanzfta,aifta,vkfta,vcfta,vn_eaeu,cptpp,ahkfta,"
            + "evfta,ukvfta,vifta,rcep_a,rcep_b,rcep_c,rcep_d,rcep_e,rcep_f";

    static final List<String> LINES = List.of(
            "01012910,10,2026,test,,,15", "01012920,5,2026,test,,,7.5", "01012990,0,2026,test,,,0",
            "02011000,20,2026,test,,,30", "02012000,5,2026,test,,,7.5", "03061711,12,2026,test,,,18",
            "87032311,,2026,test,,Theo hướng dẫn tại khoản 1.1 Chương 98,150% thuế MFN", "87032351,20,2026,test,,,30");

    private OfferFixture() {
    }

    static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate offer cascade").update();
    }

    static Schedule schedule(TariffLoads loads, Path dir) {
        try {
            Path folder = Files.createDirectories(dir.resolve("tariffs"));
            Files.writeString(folder.resolve("vietnam-mfn-applied.csv"), MFN_HEADER + "\n" + String.join("\n", LINES) + "\n");
            StringBuilder preferential = new StringBuilder(PREFERENTIAL_HEADER).append('\n');
            for (String line : LINES) {
                preferential.append(line, 0, 8).append(",0".repeat(21)).append('\n');
            }
            Files.writeString(folder.resolve("vietnam-preferential-rates.csv"), preferential.toString());
            return loads.load(folder, IN_FORCE, "test").schedule();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OfferDraft draft(String name, Part... parts) {
        return new OfferDraft(name, null, IN_FORCE, Elasticities.defaults(), List.of(parts));
    }

    static Part codes(String codes, String rate, int year) {
        return new Part(new Selection(Scope.CODES, java.util.Arrays.stream(codes.split(",")).map(HsCode::of).toList(), null),
                List.of(new Phase(year, new BigDecimal(rate))));
    }
}
