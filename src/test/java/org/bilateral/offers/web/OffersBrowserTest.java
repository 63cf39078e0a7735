package org.bilateral.offers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.offers.Offers;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst builds the two packages on the page (farm goods at zero; industrial lines at or below 5% at zero)
 * and sees both priced side by side, on the five-line schedule and the statistics of {@link OfferPagesTest}; the
 * Vietnamese top bar, with the offers under Policy, still fits 1280 px.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffersBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired Offers offers;
    @Autowired TariffLoads tariffs;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void theFiveLineScheduleAndItsStatistics(@TempDir Path dir) throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        offers.all().forEach(o -> offers.delete(o.id(), "test"));
        OfferPagesFixture.schedule(tariffs, dir);
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "M", "2029", "100590", "1000000")
                .row(704, 842, "M", "2029", "841510", "200000")
                .row(704, 0, "M", "2029", "100590", "3000000")
                .writeTo(dir, "vietnam-2029.csv"), "test"));
    }

    @Test
    void anAnalystBuildsTheTwoPackagesOnThePageAndSeesThemPricedSideBySide() {
        ChromeDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/offers/new?lang=en", "/offers/new");

        build(browser, wait, "Farm goods at zero", "agricultural", "");
        assertThat(browser.findElement(By.id("table-years")).getText()).contains("2030", "$40,000");
        browser.get(base + "/offers/new");
        build(browser, wait, "Industry at or below 5% at zero", "industrial", "5");
        assertThat(browser.findElement(By.id("table-years")).getText()).contains("2030", "$5,000");

        browser.get(base + "/offers?year=2029");
        JavascriptExecutor js = browser;
        wait.until(d -> js.executeScript("return window.bilateralCharts && window.bilateralCharts.length >= 1"));
        WebElement comparison = browser.findElement(By.id("comparison"));
        assertThat(comparison.findElements(By.cssSelector("thead th a"))).extracting(WebElement::getText)
                .containsExactly("Farm goods at zero", "Industry at or below 5% at zero");
        // revenue forgone, each in its column: $40,000 (4% of $1,000,000) and $5,000 (2.5% of $200,000)
        assertThat(browser.findElement(By.id("row-revenue")).getText()).contains("$40,000", "$5,000");
        // added US exports as the US records them: (57,558.95 + 38,372.63) ÷ 1.06 = 90,501.49 = $90,501; 7,142.86 ÷ 1.06 = $6,738.55 = $6,739
        assertThat(browser.findElement(By.id("row-added-us")).getText()).contains("$90,501", "$6,739");
        assertThat(((Number) js.executeScript("return window.bilateralCharts[0].getOption().series.length")).intValue()).isEqualTo(4);
        assertThat(browser.getPageSource()).doesNotContain("Exception");

        browser.get(base + "/offers?year=2029&lang=vi");
        var nav = browser.findElements(By.cssSelector(".topbar nav > *")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(nav).as("the Vietnamese navigation fits one line at 1280 px")
                .allSatisfy(e -> assertThat(e.getLocation().getY()).isEqualTo(nav.get(0).getLocation().getY()));
        var logout = browser.findElement(By.cssSelector(".topbar .logout button"));
        assertThat(logout.getLocation().getX() + logout.getSize().getWidth()).as("the whole top bar fits 1280 px")
                .isLessThanOrEqualTo(((Number) js.executeScript("return document.documentElement.clientWidth")).intValue());
        assertThat(browser.findElement(By.id("nav-offers")).getAttribute("textContent")).isEqualTo("Phương án chào thuế quan");
        assertThat(browser.findElement(By.id("row-revenue")).getText()).contains("40.000 USD", "5.000 USD");
    }

    /**
     * Clicks a button of the form by its own click, which sends its name and value as a person's click does (the form's
     * last buttons sit under the window's lower edge at 1000 px, where WebDriver's pointer does not reach them).
     */
    private static void click(ChromeDriver browser, By button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(button));
    }

    /** Fills the new offer's form as an analyst does, adds a second phase with its button, saves, and waits for the priced page. */
    private static void build(ChromeDriver browser, WebDriverWait wait, String name, String scope, String ceiling) {
        browser.findElement(By.name("name")).sendKeys(name);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('[name=scheduleOn]').value = '2030-01-01'");
        new Select(browser.findElement(By.name("parts[0].scope"))).selectByValue(scope);
        browser.findElement(By.name("parts[0].ceiling")).sendKeys(ceiling);
        browser.findElement(By.name("parts[0].phases[0].year")).sendKeys("2030");
        browser.findElement(By.name("parts[0].phases[0].rate")).clear();
        browser.findElement(By.name("parts[0].phases[0].rate")).sendKeys("0");
        click(browser, By.cssSelector("button[value='addPhase-0']"));
        wait.until(d -> !d.findElements(By.name("parts[0].phases[1].year")).isEmpty());
        // the row added starts the year after: 2031, at zero too
        assertThat(browser.findElement(By.name("parts[0].phases[1].year")).getAttribute("value")).isEqualTo("2031");
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo(name);
        browser.findElement(By.name("parts[0].phases[1].rate")).sendKeys("0");
        click(browser, By.id("save"));
        wait.until(d -> d.getCurrentUrl().matches(".*/offers/\\d+\\?saved.*"));
    }
}
