package org.bilateral.world.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.world.WorldRun;
import org.bilateral.world.WorldRunFixture;
import org.bilateral.world.WorldRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A negotiator opens the World screen from the Risk menu in Vietnamese, sorts the hubs by the Freund test (the table
 * swapped in place) and follows a hub to its products; the navigation still fits one line at 1280 px.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorldPageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired WorldRuns runs;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterEach
    void noWorldRunLeftBehind() {
        org.bilateral.world.WorldRunFixture.clear(jdbc);
    }

    @Test
    void theHubsAreSortedInPlaceAndAHubLeadsToItsProducts() throws Exception {
        WorldRunFixture.clear(jdbc);
        WorldRun run = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        ChromeDriver browser = chromium.browser();
        // htmx swaps the table in place: a row read as it is replaced is stale, and read again
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        String base = "http://localhost:" + port;
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        HeadlessChromium.logInAt(browser, base + "/briefs?lang=vi", "/briefs");
        var nav = browser.findElements(By.cssSelector(".topbar nav > *")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(nav).as("the Vietnamese navigation fits one line at 1280 px")
                .allSatisfy(e -> assertThat(e.getLocation().getY()).isEqualTo(nav.get(0).getLocation().getY()));
        assertThat(browser.findElement(By.id("nav-world")).getAttribute("textContent")).isEqualTo("Sàng lọc toàn cầu: mọi nước trung chuyển");
        browser.get(base + "/world");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sàng lọc toàn cầu: CN → US, 2017–2024");
        assertThat(browser.findElement(By.id("standing")).getText()).startsWith("Trong 2 nước trung chuyển được sàng lọc");
        // by bound: Mexico (40.0%) first; sorted by the Freund test: Vietnam (2 products) first, the page not reloaded
        assertThat(browser.findElements(By.cssSelector("#hub-table tbody tr")).get(0).getAttribute("id")).isEqualTo("hub-MX");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");
        browser.findElement(By.linkText("số mặt hàng đạt kiểm định Freund")).click();
        wait.until(d -> d.findElements(By.cssSelector("#hub-table tbody tr")).get(0).getAttribute("id").equals("hub-VN"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).endsWith("/world/runs/" + run.id() + "?by=freund");
        // the Risk menu active (its label bold) on a page long enough for a scroll bar: the whole bar still fits
        var logout = browser.findElement(By.cssSelector(".topbar .logout button"));
        assertThat(logout.getLocation().getX() + logout.getSize().getWidth()).as("the whole top bar fits 1280 px")
                .isLessThanOrEqualTo(((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth")).intValue());
        browser.findElement(By.cssSelector("#hub-VN a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/hubs/VN"));
        assertThat(browser.findElement(By.id("product-850440")).getText()).contains("850440", "0,930", "31,0%");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }
}
