package org.bilateral.tradestats.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.tradestats.CensusFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's first session: log in, upload a Census file through the page, read the balance off the chart. */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BalancePageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void browser() {
        browser = chromium.browser();
    }

    /** Logs in unless the browser, shared by the class's tests, has a session already. */
    private void logIn(String base) {
        browser.get(base + "/balance");
        if (browser.getCurrentUrl().contains("/login")) {
            HeadlessChromium.logInAt(browser, base + "/balance", "/balance");
        }
    }

    /** US imports from Vietnam in March 2023 and March 2024: computers both years, furniture in 2024. */
    private Path marchImports() {
        return CensusFile.imports()
                .row("5520", "847130", "1200000000", "2023-03")
                .row("5520", "940360", "300000000", "2024-03")
                .row("5520", "847130", "1500000000", "2024-03")
                .writeTo(dir, "census-imports.json");
    }

    /** The files sent through the Imports page, as an analyst sends them; answers the import reports once shown. */
    private WebElement uploaded(String base, WebDriverWait wait, Path imports, Path exports) {
        browser.get(base + "/imports");
        browser.findElement(By.id("files")).sendKeys(imports.toAbsolutePath() + "\n" + exports.toAbsolutePath());
        browser.findElement(By.id("upload-button")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports")));
    }

    @Test
    void anAnalystLogsInImportsAFileAndSeesTheBalanceChart() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        Path imports = marchImports();
        Path exports = CensusFile.exports()
                .row("5520", "880240", "400000000", "2023-03")
                .row("5520", "120190", "350000000", "2024-03")
                .writeTo(dir, "census-exports.json");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;

        logIn(base);
        WebElement reports = uploaded(base, wait, imports, exports);
        assertThat(reports.getText()).contains("census-imports.json: 3 figures").contains("census-exports.json: 2 figures");

        browser.get(base + "/balance?reporter=US&partner=VN&by=year");
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return window.bilateralCharts && window.bilateralCharts.length >= 2"));
        assertThat(browser.findElements(By.cssSelector(".synthetic-banner"))).as("real statistics are not labelled synthetic").isEmpty();
        List<WebElement> rows = browser.findElements(By.cssSelector("#balance-table tbody tr"));
        assertThat(rows).hasSize(2);
        // Both years hold March alone: each is a partial year and says so.
        assertThat(rows.get(1).getText()).contains("2024 (Mar)").contains("350,000,000").contains("1,800,000,000")
                .contains("-1,450,000,000");
        @SuppressWarnings("unchecked")
        List<Object> balance = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.bilateralCharts[0].getOption().series[2].data");
        assertThat(balance).extracting(v -> ((Number) v).doubleValue()).containsExactly(-0.8, -1.45);
        @SuppressWarnings("unchecked")
        List<Object> periods = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.bilateralCharts[0].getOption().xAxis[0].data");
        assertThat(periods).containsExactly("2023 (Mar)", "2024 (Mar)");
        // Partial periods' bars are faded: exports of March 2024, 350,000,000 = 0.35 bn.
        @SuppressWarnings("unchecked")
        List<Object> march2024 = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "var p = window.bilateralCharts[0].getOption().series[0].data[1]; return [p.value, p.itemStyle.opacity];");
        assertThat(march2024).extracting(v -> ((Number) v).doubleValue()).containsExactly(0.35, 0.4);
        Files.write(Path.of("target", "balance-page.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void thePivotTurnsRoundToAProductARowWithShortHeadingsAndTheFullDescriptionOnHover() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        Path imports = marchImports();
        // Both flows hold March of both years: a period only one flow holds is left out of the balance.
        Path exports = CensusFile.exports()
                .row("5520", "880240", "400000000", "2023-03")
                .row("5520", "120190", "50000000", "2024-03")
                .writeTo(dir, "census-exports.json");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        logIn(base);
        uploaded(base, wait, imports, exports);

        browser.get(base + "/balance?reporter=US&partner=VN&by=year&level=heading&lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance-pivot")));
        // Clicked through the page's script: headless Chromium reports the sticky navigation over a button a person clicks.
        browser.executeScript("arguments[0].click()", browser.findElement(By.cssSelector("#pivot-rows button[value=products]")));
        WebElement pivot = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance-pivot-products")));

        List<String> columns = pivot.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        // Each year holds March only, so each column says so, as the pivot the other way round does.
        assertThat(columns).containsExactly("Product", "2023 (Mar)", "2024 (Mar)", "All shown");
        WebElement machines = pivot.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith("8471")).findFirst().orElseThrow();
        List<WebElement> cells = machines.findElements(By.tagName("td"));
        // "8471 Automatic data processing machines" is cut at the last word's end within 28 characters; the full text on hover.
        assertThat(cells.get(0).getText()).isEqualTo("8471 Automatic data…");
        assertThat(cells.get(0).getDomAttribute("title")).isEqualTo("8471 Automatic data processing machines");
        // The balance in US$ millions: 0 - 1,200 in 2023, 0 - 1,500 in 2024, -2,700 in all.
        assertThat(cells.subList(1, 4)).extracting(WebElement::getText).containsExactly("-1,200.0", "-1,500.0", "-2,700.0");
        WebElement aircraft = pivot.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith("8802")).findFirst().orElseThrow();
        // Aircraft and spacecraft, 28 characters, kept whole: 400 exported in 2023, nothing in 2024, 400 in all.
        assertThat(aircraft.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly("8802 Aircraft and spacecraft", "400.0", "–", "400.0");
        Files.write(Path.of("target", "balance-pivot-products.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
