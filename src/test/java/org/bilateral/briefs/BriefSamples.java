package org.bilateral.briefs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bilateral.shared.CountryCode;

/**
 * Briefs written by hand, every section filled, for the renderers' tests: no database, no context. The figures are small
 * and round so that what each format shows can be read off by eye: US exports 120 and imports 1,200 in 2024 (balance
 * −1,080), Vietnam's own record 1,000 and 130 (balance 870).
 */
public final class BriefSamples {

    public static final CountryCode VN = CountryCode.of("VN");
    public static final CountryCode US = CountryCode.of("US");

    private BriefSamples() {
    }

    public static BriefRequest request(BriefLanguage language) {
        return new BriefRequest(VN, US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), EnumSet.allOf(BriefSection.class), language);
    }

    /** A brief with every section, from statistics that are synthetic or not as asked. */
    public static Brief full(BriefLanguage language, boolean synthetic) {
        return new Brief(request(language), Instant.parse("2025-05-30T03:00:00Z"), YearMonth.of(2025, 3), synthetic, balance(),
                commitments(), engagements(), asks(), risks(), null, sources(synthetic), held());
    }

    /** The same brief with what changed since a previous one. */
    public static Brief withChanges(BriefLanguage language, Brief.Changes changes) {
        Brief b = full(language, false);
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), b.synthetic(), b.balance(), b.commitments(), b.engagements(),
                b.asks(), b.risks(), changes, b.sources(), b.held());
    }

    static Brief.Balance balance() {
        Brief.Side us = new Brief.Side(US, VN, "2024", 12, new BigDecimal("120"), new BigDecimal("1200"), new BigDecimal("-1080"),
                null, null, null, 1);
        Brief.Side vn = new Brief.Side(VN, US, "2024", 12, new BigDecimal("1000"), new BigDecimal("130"), new BigDecimal("870"),
                null, null, null, 2);
        Brief.Side ytd = new Brief.Side(US, VN, "2025 Jan–Mar", 3, new BigDecimal("60"), new BigDecimal("450"), new BigDecimal("-390"),
                new BigDecimal("30"), new BigDecimal("300"), new BigDecimal("-270"), 1);
        Brief.Mirror mirror = new Brief.Mirror(2024, List.of(new Brief.MirrorLine(VN, US, new BigDecimal("1000"), new BigDecimal("1200"),
                new BigDecimal("200"), new BigDecimal("20"), new BigDecimal("60"), new BigDecimal("120"))), List.of(1, 2));
        List<Brief.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Brief.Month(YearMonth.of(2024, m), new BigDecimal("10"), new BigDecimal("100")));
        }
        List<Brief.ProductLine> top = List.of(new Brief.ProductLine("8471", "Automatic data-processing machines", new BigDecimal("0"),
                new BigDecimal("1200"), new BigDecimal("300")));
        List<Brief.ProductLine> movers = List.of(new Brief.ProductLine("1201", "Soya beans", new BigDecimal("120"), new BigDecimal("0"),
                new BigDecimal("-40")));
        return new Brief.Balance(null, 2024, List.of(us, vn), List.of(ytd), mirror, US, top, movers, months);
    }

    static Brief.Commitments commitments() {
        Brief.Stage mou = new Brief.Stage("MOU", 2, new BigDecimal("300000000"), new BigDecimal("380000000"));
        Brief.DealLine moved = new Brief.DealLine(7, "Vietnam Airlines", "Boeing", "737 MAX 8 aircraft", "CONTRACT", LocalDate.of(2025, 3, 2),
                new BigDecimal("13000000000"), null);
        Brief.Target target = new Brief.Target("T1", "Agricultural purchases", List.of(new Brief.Attained("US exports", 2024, 12,
                new BigDecimal("2000"), new BigDecimal("1500"), new BigDecimal("0.75"), 1)));
        Brief.Projection projection = new Brief.Projection(YearMonth.of(2025, 3), 2024, new BigDecimal("500"),
                List.of(new Brief.ProjectedYear(2025, new BigDecimal("1600"), new BigDecimal("400"), new BigDecimal("100"))),
                new BigDecimal("300"), new BigDecimal("0.6"), 1);
        return new Brief.Commitments(null, 2, new BigDecimal("300000000"), new BigDecimal("380000000"), List.of(mou), List.of(moved),
                List.of(target), projection, 3);
    }

    static Brief.Engagements engagements() {
        Brief.EngagementLine round = new Brief.EngagementLine(11, LocalDate.of(2025, 5, 20), "NEGOTIATION_ROUND", "Washington",
                List.of("Nguyễn Hồng Diên", "Jamieson Greer"), "The third round closed in Washington.", 4);
        return new Brief.Engagements(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), List.of(round),
                List.of(new Brief.Person("Jamieson Greer", "USTR", US)), 1, null);
    }

    static Brief.Asks asks() {
        Brief.Stake stake = new Brief.Stake(Brief.Stake.Kind.TARIFF, null, new BigDecimal("2500000000"), 2024, new BigDecimal("20"), null,
                null);
        return new Brief.Asks(null, List.of(new Brief.AskLine(5, VN, US, "MARKET_ECONOMY_STATUS", "Công nhận quy chế kinh tế thị trường",
                "RAISED", LocalDate.of(2025, 3, 9), "Nguyễn Hồng Diên", "Bộ Công Thương, Hà Nội", stake, 4)));
    }

    static Brief.Risks risks() {
        return new Brief.Risks(null, "CN→VN→US", 40, List.of(new Brief.RiskLine(1, "850440", "Static converters", 0.712,
                new BigDecimal("900000000"), 2024, new BigDecimal("180000000"))), 0.25, 2024, List.of());
    }

    static List<Brief.Source> sources(boolean synthetic) {
        return List.of(new Brief.Source(1, Brief.Source.Kind.STATISTICS, "US Census (US)", "us.json, import #1", synthetic),
                new Brief.Source(2, Brief.Source.Kind.STATISTICS, "UN Comtrade (VN)", "vietnam.csv, import #2", synthetic),
                new Brief.Source(3, Brief.Source.Kind.REGISTER, "Bilateral deal register", "2 deals of VN and US", false),
                new Brief.Source(4, Brief.Source.Kind.PRESS_RELEASE, "Bộ Công Thương", "press release #9", false));
    }

    static Brief.Held held() {
        return new Brief.Held(List.of(new Brief.HeldDeal(7, "D7 Vietnam Airlines – Boeing: 737 MAX 8 aircraft", "CONTRACT", true,
                new BigDecimal("13000000000"), null)), List.of(new Brief.HeldAsk(5, "RAISED",
                List.of(new Brief.HeldPosition(LocalDate.of(2025, 3, 9), "Bộ Công Thương, Hà Nội", "Nguyễn Hồng Diên")))));
    }

    /** The brief of {@link #full} with the Hill: one senator met in the window and expected again after the brief's date. */
    public static Brief withHill(BriefLanguage language, boolean synthetic) {
        Brief b = full(language, synthetic);
        List<Brief.Source> sources = new ArrayList<>(b.sources());
        sources.add(new Brief.Source(5, Brief.Source.Kind.PRESS_RELEASE, "Bộ Công Thương", "press release #12", false));
        sources.add(new Brief.Source(6, Brief.Source.Kind.REGISTER, "Members of Congress and their committees", "", false));
        sources.add(new Brief.Source(7, Brief.Source.Kind.STATISTICS, "US Census, exports by state of origin (VN)", "2023-01 to 2025-03",
                synthetic));
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), synthetic, b.balance(), b.commitments(), b.engagements(), b.asks(),
                b.risks(), null, List.copyOf(sources), b.held(), hill(synthetic));
    }

    /**
     * Tennessee's exports to Vietnam: 1,250,000,000 in 2024 against 1,000,000,000 in 2023 (+250,000,000, +25.0%);
     * 400,000,000 in January–March 2025 against 500,000,000 in the same months of 2024 (−100,000,000, −20.0%); of 2024,
     * aircraft 500,000,000 (40.0%), soya beans 250,000,000 (20.0%), turbojets 125,000,000 (10.0%).
     */
    public static Brief.Hill hill(boolean synthetic) {
        Brief.StateFigures figures = new Brief.StateFigures(2024, new BigDecimal("1250000000"), new BigDecimal("1000000000"), 2025, 3, 3,
                new BigDecimal("400000000"), new BigDecimal("500000000"), 2024, List.of(
                        new Brief.StateProduct("8802", "Aircraft", new BigDecimal("500000000"), new BigDecimal("0.4")),
                        new Brief.StateProduct("1201", "Soya beans", new BigDecimal("250000000"), new BigDecimal("0.2")),
                        new Brief.StateProduct("8411", "Turbojets", new BigDecimal("125000000"), new BigDecimal("0.1"))), synthetic, 7);
        Brief.Legislator hagerty = new Brief.Legislator("H000601", "Bill Hagerty", "SENATE", "TN", "Tennessee", null, "Republican",
                List.of(new Brief.Committee("SSFR", "Senate Committee on Foreign Relations", null, null, null),
                        new Brief.Committee("SSCM", "Senate Committee on Commerce, Science, and Transportation", null, null, "Chairman"),
                        new Brief.Committee("SSFI99", "Trade Things", "SSFI", "Senate Committee on Finance", "Ranking Member")),
                List.of(new Brief.Meeting(21, LocalDate.of(2025, 2, 4), false, 4), new Brief.Meeting(22, LocalDate.of(2025, 6, 3), true, 5)),
                figures, List.of(new Brief.StateDeal(7, "D7 Vietnam Airlines – Boeing: 737 MAX 8 aircraft", "CONTRACT",
                        new BigDecimal("13000000000"), null, "PLANT")), 3, 6);
        return new Brief.Hill(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), VN, List.of(hagerty));
    }
}
