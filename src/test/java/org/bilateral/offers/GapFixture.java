package org.bilateral.offers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;

/**
 * A small schedule and a year of Vietnam's imports written by hand, for the preference gap's tests: apples (two priced
 * lines and one unpriced, ACFTA 0 on one, CPTPP 2 on the other), cattle (CPTPP 0 except for Mexico), wheat (no preference),
 * cars (Chapter 98 only), cheese (bought from China under ACFTA, not from the US) and shrimp (not in the schedule).
 */
public final class GapFixture {

    public static final LocalDate IN_FORCE = LocalDate.of(2026, 1, 1);
    static final String COLUMNS = "acfta,atiga,ajcep,vjepa,akfta,aanzfta,aifta,vkfta,vcfta,vn_eaeu,cptpp,ahkfta,evfta,ukvfta,vifta,"
            + "rcep_a,rcep_b,rcep_c,rcep_d,rcep_e,rcep_f";

    private GapFixture() {
    }

    /** A preferential row: ACFTA, ATIGA and CPTPP as given, every other agreement not eligible ("*"). */
    static String preferences(String line, String acfta, String atiga, String cptpp) {
        StringBuilder row = new StringBuilder(line);
        for (String column : COLUMNS.split(",")) {
            row.append(',').append(switch (column) {
                case "acfta" -> acfta;
                case "atiga" -> atiga;
                case "cptpp" -> cptpp;
                default -> "*";
            });
        }
        return row.toString();
    }

    public static void schedule(Path dir, TariffLoads tariffs) throws Exception {
        Files.writeString(dir.resolve("vietnam-mfn-applied.csv"), """
                hscode,mfn_rate_percent,year,source,out_of_quota_rate_percent,mfn_rate_text,general_rate_text
                01022910,5,2026,test,,,7.5
                04069000,10,2026,test,,,15
                08081010,10,2026,test,,,15
                08081020,,2026,test,,Chapter 98,
                08081090,8,2026,test,,,12
                10019910,5,2026,test,,,7.5
                87032310,,2026,test,,Chapter 98,
                87032390,,2026,test,,Chapter 98,
                """);
        Files.writeString(dir.resolve("vietnam-preferential-rates.csv"), String.join("\n",
                "hscode," + COLUMNS,
                // cattle: 0 under CPTPP except for Mexico's goods, 3 under ACFTA and ATIGA
                preferences("01022910", "3", "3", "\"0(-MX)\""),
                preferences("04069000", "0", "5", "5"),
                // apples: 0 under ACFTA on one line, "*" on the other, where CPTPP's 2 is the best; Mexico's own 6 on the first
                preferences("08081010", "0", "5", "\"4; M: 6\""),
                preferences("08081020", "0", "0", "0"),
                preferences("08081090", "*", "5", "2"),
                // wheat: nothing below its MFN rate of 5
                preferences("10019910", "5", "5", "*"),
                preferences("87032310", "0", "0", "0"),
                preferences("87032390", "0", "0", "0")) + "\n");
        tariffs.load(dir, IN_FORCE, "test");
    }

    static String row(String partner, String code, long value, boolean synthetic) {
        return "C,A,20250101,2025,52,2025,704,VNM,Viet Nam,M,Import," + partner + ",0,H6," + code + ",C00,0,N/A,,," + value + ",,"
                + value + ",true," + synthetic;
    }

    /** @param synthetic whether the file says its figures are demonstration data */
    public static void statistics(Path dir, StatisticsImports imports, boolean synthetic) throws Exception {
        Path file = dir.resolve("comtrade-vietnam-imports-2025.csv");
        Files.writeString(file, String.join("\n", "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
                + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,classificationCode,cmdCode,customsCode,"
                + "motCode,qtyUnitAbbr,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,synthetic",
                row("842,USA,USA", "080810", 2_000_000, synthetic), row("842,USA,USA", "010229", 400_000, synthetic),
                row("842,USA,USA", "100199", 3_000_000, synthetic), row("842,USA,USA", "870323", 500_000, synthetic),
                row("156,CHN,China", "080810", 300_000, synthetic), row("156,CHN,China", "040690", 100_000, synthetic),
                row("484,MEX,Mexico", "080810", 50_000, synthetic), row("484,MEX,Mexico", "010229", 70_000, synthetic),
                row("0,W00,World", "080810", 2_600_000, synthetic), row("0,W00,World", "010229", 600_000, synthetic),
                row("0,W00,World", "100199", 4_000_000, synthetic), row("0,W00,World", "870323", 900_000, synthetic),
                row("0,W00,World", "040690", 900_000, synthetic), row("0,W00,World", "030617", 800_000, synthetic)) + "\n");
        imports.importFile(ImportFile.of(file, "test"));
    }

}
