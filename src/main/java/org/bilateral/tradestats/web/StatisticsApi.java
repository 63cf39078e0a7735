package org.bilateral.tradestats.web;

import org.bilateral.shared.InvalidInput;
import java.security.Principal;
import java.util.List;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.HsEditions;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.Products;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.PublishedComparison;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.PublishedFigures;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.doors.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON for scripts and other tools: the same use cases as the pages and the command line. */
@RestController
@RequestMapping("/api")
class StatisticsApi {

    private final TradeBalances balances;
    private final MirrorComparisons mirrors;
    private final TopProducts topProducts;
    private final StatisticsSources statisticsSources;
    private final PublishedFigures publishedFigures;
    private final StatisticsImports imports;
    private final CountryDirectory countries;
    private final Uploads uploads;

    StatisticsApi(TradeBalances balances, MirrorComparisons mirrors, TopProducts topProducts, StatisticsSources statisticsSources, PublishedFigures publishedFigures, StatisticsImports imports, CountryDirectory countries, Uploads uploads) {
        this.uploads = uploads;
        this.balances = balances;
        this.mirrors = mirrors;
        this.topProducts = topProducts;
        this.statisticsSources = statisticsSources;
        this.publishedFigures = publishedFigures;
        this.imports = imports;
        this.countries = countries;
    }

    @GetMapping("/balance")
    Balance balance(@ModelAttribute BalanceForm form) {
        return balances.balance(form.balance(countries));
    }

    @GetMapping("/mirror")
    Mirror mirror(@ModelAttribute BalanceForm form) {
        if (form.year() == null) {
            throw new InvalidInput("year", Said.of("refusal.tradestats.required"));
        }
        return mirrors.mirror(form.mirror(countries, form.year()));
    }

    @GetMapping("/products")
    Products products(@ModelAttribute BalanceForm form) {
        HsLevel level = form.level().equals("total") ? HsLevel.CHAPTER
                : InvalidInput.field("level", () -> HsLevel.parse(form.level()));
        return topProducts.products(InvalidInput.field("products", () -> new ProductsRequest(
                countries.require(form.reporter()).code(), countries.require(form.partner()).code(), level, form.year(),
                form.top() == null ? 10 : form.top())));
    }

    /** The HS editions of the reporter's statistics in the years (from, to; or a year), as every product table names them. */
    @GetMapping("/editions")
    HsEditions editions(@ModelAttribute BalanceForm form) {
        Integer from = form.year() != null ? Integer.valueOf(form.year() - 1) : form.from();
        Integer to = form.year() != null ? form.year() : form.to();
        return statisticsSources.editions(countries.require(form.reporter()).code(), countries.require(form.partner()).code(), from, to);
    }

    @GetMapping("/published")
    List<PublishedComparison> published(@ModelAttribute BalanceForm form) {
        return publishedFigures.published(countries.require(form.reporter()).code(), countries.require(form.partner()).code());
    }

    @GetMapping("/imports")
    List<Source> imports() {
        return statisticsSources.imports();
    }

    @PostMapping("/imports")
    ResponseEntity<StatisticsUploads.Result> upload(@RequestParam("files") List<MultipartFile> files, Principal user) {
        StatisticsUploads.Result result = StatisticsUploads.importAll(files, user.getName(), uploads, imports);
        return ResponseEntity.status(result.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(result);
    }
}
