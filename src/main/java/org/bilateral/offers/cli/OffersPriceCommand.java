package org.bilateral.offers.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.doors.OutputFormat;
import org.bilateral.doors.ProgressBar;
import org.bilateral.offers.OfferDraft;
import org.bilateral.offers.OfferPricing;
import org.bilateral.offers.Offers;
import org.bilateral.offers.Pricing;
import org.bilateral.offers.ProductEffect;
import org.bilateral.offers.YearEffect;
import org.bilateral.shared.Cell;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Share;
import org.bilateral.shared.Table;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code bilateral offers price FILE.yaml --year 2025}: an offer file priced, without saving it. */
@Component
@CliCommand.Under("offers")
@Command(name = "price", description = {"Price an offer file (YAML) against a year's statistics and the schedule in force on "
        + "its day: revenue forgone, US exports added (created and diverted), and the share of the deficit each side measures.",
    "Elasticities default to WITS-SMART's (import demand 1.5, substitution 1.5)."})
class OffersPriceCommand implements Callable<Integer>, CliCommand {

    @Parameters(index = "0", description = "the offer file (YAML)")
    // required: picocli sets it before call(), or refuses the command line
    Path file = Path.of("");

    @Option(names = "--year", required = true, description = "the statistics year, e.g. 2025")
    int year;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
    String format = "table";

    private final Offers offers;
    private final OfferPricing pricing;
    private final JsonMapper json;

    OffersPriceCommand(Offers offers, OfferPricing pricing, JsonMapper json) {
        this.offers = offers;
        this.pricing = pricing;
        this.json = json;
    }

    @Override
    public Integer call() throws java.io.IOException {
        OutputFormat output = InvalidInput.field("--format", () -> OutputFormat.parse(format));
        OfferDraft draft = offers.read(file.getFileName().toString(), OfferFiles.text(file));
        Pricing p;
        try (ProgressBar progress = ProgressBar.onTerminal("Pricing " + draft.name(), OfferPricing.STEPS)) {
            p = pricing.price(draft, year, progress::advanceTo);
        }
        Table products = products(p);
        if (output == OutputFormat.TABLE) {
            summary(p);
        }
        output.print(System.out, json, p, products, products.header(), products.rows());
        return 0;
    }

    private static void summary(Pricing p) {
        System.out.printf("%s, priced against %d statistics%s and the schedule in force from %s; η = %s, σ = %s; CIF/FOB %s%n",
                p.offer().name(), p.statisticsYear(), p.synthetic() ? " (SYNTHETIC demonstration data)" : "", p.schedule().inForceFrom(),
                p.offer().elasticities().importDemand().toPlainString(), p.offer().elasticities().substitution().toPlainString(),
                p.deficit().cifFobFactor().toPlainString());
        System.out.printf("Lines covered: %d; unpriced lines covered (Chapter 98 references, not priced): %d%s%n", p.linesCovered(),
                p.unpriced().size(), p.statisticsCoarse() ? "; some products held only coarser than HS6 (cut averaged over their lines)" : "");
        System.out.printf("Deficit %d: by US statistics %s; Vietnam's surplus by its statistics %s%n", p.deficit().year(),
                usd(p.deficit().usMeasuredUsd()), usd(p.deficit().vietnamMeasuredUsd()));
        for (YearEffect y : p.years()) {
            System.out.printf("%d: revenue forgone %s (%s … %s); added US exports %s CIF (created %s, diverted %s), %s as the US "
                            + "values them: %s of the US-measured deficit, %s of Vietnam's measured surplus%n", y.year(),
                    usd(y.revenueForgoneUsd()), usd(y.revenueLowUsd()), usd(y.revenueHighUsd()), usd(y.addedCifUsd()), usd(y.createdUsd()),
                    usd(y.divertedIfKnownUsd()), usd(y.addedUsValuedUsd()), share(y.ofUsMeasuredDeficit()), share(y.ofVietnamMeasuredSurplus()));
        }
        System.out.printf("Beside the deals: gap %s; deals expected %s (%s of the gap); the offer %s of it%n%n", usd(p.deals().gapUsd()),
                usd(p.deals().dealsExpectedUsd()), share(p.deals().dealsShareOfGap()), share(p.deals().offerShareOfGap()));
    }

    /** The final year's products, as the CSV gives them and the terminal lists them. */
    static Table products(Pricing p) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProductEffect e : p.products()) {
            rows.add(Cell.row(Cell.text(e.code().digits()), Cell.count(e.linesCovered()), Cell.count(e.linesInCode()),
                    Cell.count(e.linesUnpriced()), Cell.money(e.importsFromUsUsd()), Cell.money(e.importsFromOthersUsd()),
                    Cell.rate(e.mfnAveragePercent()), Cell.rate(e.offeredAveragePercent()), Cell.money(e.revenueForgoneUsd()),
                    Cell.money(e.revenueLowUsd()), Cell.money(e.revenueHighUsd()), Cell.money(e.createdUsd()), Cell.money(e.divertedUsd())));
        }
        return new Table("Offer " + p.offer().name() + ", " + p.finalYear().year() + ", statistics of " + p.statisticsYear(),
                List.of("product", "lines covered", "lines", "unpriced lines", "imports from US", "imports from others", "MFN avg %",
                        "offered avg %", "revenue forgone", "revenue low", "revenue high", "created", "diverted"), rows)
                .markedSynthetic(p.synthetic());
    }

    private static String usd(java.math.@Nullable BigDecimal amount) {
        return amount == null ? "not known" : String.format("$%,.0f", amount);
    }

    private static String share(@Nullable Share share) {
        return share == null ? "—" : String.format("%.2f%%", share.inPercent());
    }
}
