package org.bilateral.tradestats.cli;

import org.bilateral.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.Cell;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Products;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.shared.Table;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

@Component
@Command(name = "products", description = "Top products and top movers of a year against the same months a year earlier.")
class ProductsCommand implements Callable<Integer>, CliCommand {

    @Mixin
    CountryPair countries = new CountryPair();

    @Option(names = "--year", description = "the year (default: the latest)")
    @Nullable Integer year;

    @Option(names = "--level", defaultValue = "chapter", description = "section, chapter, heading, subheading or sector")
    String level = "chapter";

    @Option(names = "--top", defaultValue = "10", description = "the N largest products and movers, 1 to 200 (default 10)")
    int top;

    @Mixin
    OutputOption output = new OutputOption();

    private final TopProducts topProducts;
    private final StatisticsSources statisticsSources;
    private final CountryDirectory directory;
    private final JsonMapper json;

    ProductsCommand(TopProducts topProducts, StatisticsSources statisticsSources, CountryDirectory directory, JsonMapper json) {
        this.topProducts = topProducts;
        this.statisticsSources = statisticsSources;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public Integer call() {
        OutputFormat format = output.format();
        HsLevel at = InvalidInput.field("--level", () -> HsLevel.parse(level));
        ProductsRequest request = InvalidInput.field("products", () -> new ProductsRequest(
                directory.require(countries.reporter).code(), directory.require(countries.partner).code(), at, year, top));
        Products products = topProducts.products(request);
        List<List<Cell>> rows = new ArrayList<>();
        for (Products.Product p : products.top()) {
            rows.add(product("top", p));
        }
        for (Products.Product p : products.movers()) {
            rows.add(product("mover", p));
        }
        List<String> header = List.of("list", "code", "product", "exports", "imports", "exports year earlier",
                "imports year earlier", "change in trade");
        if (format == OutputFormat.TABLE) {
            // Only the months both flows hold, against the same months a year earlier.
            System.out.printf("%s trade with %s, %s against the same months of %d, from %s statistics%s%n",
                    products.reporter(), products.partner(), products.shown(), products.year() - 1,
                    products.reporter(), products.synthetic() ? "  ** SYNTHETIC demonstration data **" : "");
            if (products.moversBlank() != null) {
                System.out.println("No movers: " + products.moversBlank().said() + ".");
            }
            if (products.year() > 0) {
                System.out.println(statisticsSources.editions(products.reporter(), products.partner(), products.year() - 1,
                        products.year()).describe());
            }
        }
        format.print(System.out, json, products, new Table("Top products and movers", header, rows), header, rows);
        return 0;
    }

    private static List<Cell> product(String list, Products.Product p) {
        return List.of(Cell.text(list), Cell.text(p.code()), Cell.text(p.label()), Cell.money(p.exports()),
                Cell.money(p.imports()), Cell.money(p.exportsYearEarlier()), Cell.money(p.importsYearEarlier()),
                Cell.money(p.tradeChange()));
    }
}
