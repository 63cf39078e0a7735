package org.bilateral.offers.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.tariffs.TariffLoads;

/**
 * A schedule of five lines in force from 1 January 2030, small enough to price an offer on by hand: maize 1005.90.10 at
 * 5% and 1005.90.90 at 3% (farm goods), air conditioners 8415.10.10 at 10% and 8415.10.90 at 5% (industrial), and a car
 * line 8703.23.10 whose rate refers to Chapter 98 (not priced). The agreements' rates are printed for each line, as the
 * schedule's files print them.
 */
public final class OfferPagesFixture {

    public static final LocalDate IN_FORCE = LocalDate.of(2030, 1, 1);

    private OfferPagesFixture() {
    }

    public static void schedule(TariffLoads tariffs, Path dir) throws IOException {
        Path schedule = Files.createDirectories(dir.resolve("tariffs-2030"));
        String source = "test";
        Files.writeString(schedule.resolve("vietnam-mfn-applied.csv"), String.join("\n",
                "hscode,mfn_rate_percent,year,source,out_of_quota_rate_percent,mfn_rate_text,general_rate_text",
                "10059010,5,2030," + source + ",,,7.5",
                "10059090,3,2030," + source + ",,,4.5",
                "84151010,10,2030," + source + ",,,15",
                "84151090,5,2030," + source + ",,,7.5",
                "87032310,,2030," + source + ",,Theo hướng dẫn tại khoản 1.1 Chương 98,150% thuế MFN") + "\n", StandardCharsets.UTF_8);
        String agreements = "hscode,acfta,atiga,ajcep,vjepa,akfta,aanzfta,aifta,vkfta,vcfta,vn_eaeu,cptpp,ahkfta,evfta,ukvfta,vifta,"
                + "rcep_a,rcep_b,rcep_c,rcep_d,rcep_e,rcep_f";
        StringBuilder preferential = new StringBuilder(agreements).append('\n');
        for (String line : new String[] {"10059010", "10059090", "84151010", "84151090", "87032310"}) {
            preferential.append(line).append(",0".repeat(21)).append('\n');
        }
        Files.writeString(schedule.resolve("vietnam-preferential-rates.csv"), preferential.toString(), StandardCharsets.UTF_8);
        tariffs.load(schedule, IN_FORCE, "test");
    }

    /** The first package on this schedule, from 2030: every farm good at zero. */
    public static org.bilateral.offers.OfferDraft farmGoodsAtZero(String name) {
        return new org.bilateral.offers.OfferDraft(name, null, IN_FORCE, org.bilateral.offers.Elasticities.defaults(), java.util.List.of(
                new org.bilateral.offers.Part(new org.bilateral.offers.Selection(org.bilateral.offers.Scope.AGRICULTURAL, java.util.List.of(), null),
                        java.util.List.of(new org.bilateral.offers.Phase(2030, java.math.BigDecimal.ZERO)))));
    }
}
