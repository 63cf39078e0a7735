package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.PressReleases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the demonstration data, in a real browser: the balance by month and sector is a pivot with the sectors as its
 * columns; a long table pages, filters and sorts by a click on its heading, numbers as numbers; the search box in the
 * navigation finds a deal.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TablesBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;
    WebDriverWait wait;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;

    @BeforeEach
    void theDemonstration() {
        browser = chromium.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        DemonstrationFixture.load(jdbc, events, pressReleases);
    }

    /** Opens a page, logging in first when the browser has no session yet (it is shared by the class's tests). */
    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        if (browser.getCurrentUrl().contains("/login")) {
            HeadlessChromium.logInAt(browser, "http://localhost:" + port + path, path.replaceAll("\\?.*", ""));
        }
    }

    /**
     * Clicks a control of the table: through the page's script, as headless Chromium reports a sticky heading over
     * controls that a person sees and clicks.
     */
    private void click(WebElement element) {
        assertThat(element.isDisplayed()).isTrue();
        browser.executeScript("arguments[0].click()", element);
    }

    private List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector(table + " tbody tr"));
    }

    @Test
    void theBalanceByMonthAndSectorIsAPivotThatPagesFiltersAndSorts() {
        open("/balance?level=sector&by=month&lang=en");
        WebElement pivot = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance-pivot")));
        List<String> columns = pivot.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(columns).as("sectors as columns").contains("Period", "Aircraft and parts", "All shown").hasSizeGreaterThan(5);
        assertThat(browser.findElements(By.id("balance-table"))).as("no long table beside the pivot").isEmpty();

        // 2017-01 through 2026-11, the latest whole month on the fixture's 2026-12-06: 96 + 12 + 11 = 119 months, page by 50
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".table-tools .table-count")));
        assertThat(count.getText()).isEqualTo("1–50 of 119");
        assertThat(rows("#balance-pivot")).hasSize(50);
        assertThat(rows("#balance-pivot").get(0).getText()).startsWith("2017-01");
        click(browser.findElement(By.cssSelector(".table-tools .table-next")));
        assertThat(count.getText()).isEqualTo("51–100 of 119");
        assertThat(rows("#balance-pivot")).hasSize(50);

        // a filter narrows the rows to the months of one year
        WebElement filter = browser.findElement(By.cssSelector(".table-tools .table-filter"));
        filter.sendKeys("2021-");
        assertThat(rows("#balance-pivot")).hasSize(12).allSatisfy(r -> assertThat(r.getText()).startsWith("2021-"));
        assertThat(count.getText()).startsWith("1–12 of 12").contains("119");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);

        // sorting by the period heading twice puts the latest month first; by a sector, the largest deficit first
        WebElement period = pivot.findElements(By.cssSelector("thead th")).get(0);
        click(period);
        click(period);
        assertThat(period.getDomAttribute("aria-sort")).isEqualTo("descending");
        assertThat(rows("#balance-pivot").get(0).getText()).startsWith("2026-11");
        WebElement aircraft = pivot.findElements(By.cssSelector("thead th")).stream()
                .filter(th -> th.getText().startsWith("Aircraft")).findFirst().orElseThrow();
        int column = columns.indexOf(aircraft.getText());
        click(aircraft);
        List<Double> values = rows("#balance-pivot").stream()
                .map(r -> Double.parseDouble(r.findElements(By.tagName("td")).get(column).getDomAttribute("data-value"))).toList();
        assertThat(values).isSortedAccordingTo(Double::compare);
        // a heading stands over its figures: the products' headings are right-aligned as their numbers are, the period's not
        assertThat(aircraft.getCssValue("text-align")).isEqualTo("right");
        assertThat(period.getCssValue("text-align")).isNotEqualTo("right");
    }

    @Test
    void theSearchBoxInTheNavigationFindsADeal() {
        open("/deals?lang=en");
        WebElement box = browser.findElement(By.cssSelector("header .search input[name=q]"));
        // issue 32: the demonstration's seed press releases report the Boeing orders first, in their words ("planes",
        // "aircraft"), so the deals are looked for by their seller
        box.sendKeys("boeing", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search"));
        List<WebElement> deals = browser.findElements(By.cssSelector("#found-deal a"));
        // each found deal by its number and goods ("D4 planes")
        assertThat(deals).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).matches("D\\d+ .+"));
        deals.get(0).click();
        wait.until(ExpectedConditions.urlMatches(".*/deals/\\d+"));
        browser.findElement(By.cssSelector("#parties a")).click();
        wait.until(ExpectedConditions.urlMatches(".*/organisations/\\d+"));
        assertThat(browser.findElements(By.cssSelector("#organisation-deals tbody tr"))).isNotEmpty();
    }

    @Test
    void theDealRegisterSaysAnUnreportedValueAndKeepsEachDateOnOneLine() {
        open("/deals?lang=en");
        List<String> headings = browser.findElements(By.cssSelector("#deals thead th")).stream().map(WebElement::getText).toList();
        int value = headings.indexOf("Value (US$)");
        int firstReported = headings.indexOf("First reported");
        List<WebElement> cells = rows("#deals").stream().map(r -> r.findElements(By.tagName("td")).get(value)).toList();
        assertThat(cells).extracting(WebElement::getText).doesNotContain("", "$0").contains("not reported");
        assertThat(browser.findElements(By.cssSelector("#deals thead th")).get(value).getCssValue("text-align")).isEqualTo("right");
        assertThat(rows("#deals")).allSatisfy(r ->
                assertThat(r.findElements(By.tagName("td")).get(firstReported).getCssValue("white-space")).isEqualTo("nowrap"));
    }
}
