package org.bilateral.hill.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A negotiator opens the Hill on the demonstration: the map of the fifty states and DC draws from the shapes the
 * workbench serves (the shared reference data's, read in place), and a state on it leads to the state's page. Setting
 * {@code -Dbilateral.shots=DIR} also writes screenshots of the pages in both languages there.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HillMapBrowserTest {

    /** The shared reference data: the members of Congress and the states' shapes are not in the project's own fixture. */
    static final Path SHARED = Path.of("../shared/data");

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @DynamicPropertySource
    static void sharedReference(DynamicPropertyRegistry properties) {
        properties.add("bilateral.reference", () -> SHARED.toAbsolutePath().normalize().toString());
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    @BeforeAll
    void theDemonstration() {
        assumeTrue(Files.isRegularFile(SHARED.resolve("geo/us-states-albers.topo.json")) && Files.isDirectory(SHARED.resolve("congress")),
                "../shared/data (geo/ and congress/) is absent: the map's shapes and the members are read from it");
        TradeStatisticsFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
        events.publishEvent(DemoRequested.on(Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void theMapDrawsEveryStateAndAStateLeadsToItsPage() throws Exception {
        ChromeDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/hill?lang=en", "/hill");
        JavascriptExecutor js = browser;
        wait.until(d -> js.executeScript("var c = window.bilateralCharts; return !!(c && c.length >= 1 && window.echarts.getMap('us-states'))"));
        assertThat(browser.findElements(By.cssSelector("#chart-map canvas, #chart-map svg"))).as("ECharts drew the map").isNotEmpty();
        // the registered shapes hold the fifty states and DC, and the map's series one region for each
        assertThat(((Number) js.executeScript("return echarts.getMap('us-states').geoJSON.features.length")).intValue()).isEqualTo(51);
        assertThat(((Number) js.executeScript("return window.bilateralCharts[0].getModel().getSeriesByIndex(0).getData().count()"))
                .intValue()).isEqualTo(51);
        assertThat(browser.findElements(By.cssSelector("#map-table tbody tr"))).hasSize(51);
        shoot(browser, "hill-map-en");

        // Tennessee's region on the map leads to its page (bilateral.js follows a region's href on a click), and so does
        // its name in the table under the map, whose link is followed here
        assertThat(js.executeScript("return window.bilateralCharts[0].getOption().series[0].data.filter(r => r.name === 'TN')[0].href"))
                .isEqualTo("/hill/states/TN");
        browser.get(browser.findElement(By.cssSelector("#map-table a[href='/hill/states/TN']")).getAttribute("href"));
        wait.until(d -> d.getCurrentUrl().endsWith("/hill/states/TN"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tennessee");
        assertThat(browser.findElement(By.id("table-delegation")).getText()).contains("Bill Hagerty", "Marsha Blackburn");
        shoot(browser, "hill-state-tn-en");

        browser.get(base + "/hill/legislators/H000601?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Thượng nghị sĩ Bill Hagerty");
        shoot(browser, "hill-legislator-hagerty-vi");
        browser.get(base + "/hill/who?product=1201&lang=vi");
        shoot(browser, "hill-who-soybeans-vi");
        browser.get(base + "/hill?lang=vi");
        wait.until(d -> js.executeScript("var c = window.bilateralCharts; return !!(c && c.length >= 1)"));
        shoot(browser, "hill-map-vi");
        // the Vietnamese navigation, The Hill's entry with it (under Record), still fits the top bar at 1280 px
        var nav = browser.findElements(By.cssSelector(".topbar nav > *")).stream().filter(org.openqa.selenium.WebElement::isDisplayed).toList();
        assertThat(nav).allSatisfy(e -> assertThat(e.getLocation().getY()).isEqualTo(nav.get(0).getLocation().getY()));
        var logout = browser.findElement(By.cssSelector(".topbar .logout button"));
        assertThat(logout.getLocation().getX() + logout.getSize().getWidth()).as("the whole top bar fits 1280 px")
                .isLessThanOrEqualTo(((Number) js.executeScript("return document.documentElement.clientWidth")).intValue());
        assertThat(browser.findElement(By.id("nav-hill")).getAttribute("textContent")).isEqualTo("Quốc hội Mỹ");
    }

    /** A screenshot of the page, when asked for ({@code -Dbilateral.shots=DIR}). */
    private static void shoot(ChromeDriver browser, String name) throws java.io.IOException {
        String dir = System.getProperty("bilateral.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path file = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
