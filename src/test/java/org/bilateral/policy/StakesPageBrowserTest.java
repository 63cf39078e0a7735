package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A negotiator opens the tariffs' stakes and reads the rate's steps off the chart, then tries a rate. */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StakesPageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;

    @Test
    void theTariffStepChartHoldsEachRateFromItsDateAndTheWhatIfFormAnswers() {
        ChromeDriver browser = chromium.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/stakes?topic=tariffs", "/stakes");
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.bilateralCharts && window.bilateralCharts.length >= 1"));
        @SuppressWarnings("unchecked")
        List<List<Object>> steps = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                "return window.bilateralCharts[0].getOption().series[0].data.map(p => p.value)");
        // the fixture's history: none before 5 April 2031, then 10%, 46%, 10%, 20% from 1 July
        assertThat(steps).extracting(p -> p.get(0) + " " + ((Number) p.get(1)).doubleValue())
                .containsExactly("2031-03-05 0.0", "2031-04-05 10.0", "2031-04-09 46.0", "2031-04-10 10.0", "2031-07-01 20.0");
        assertThat(browser.findElement(By.id("table-rates")).getText()).contains("Test court").contains("announced, not in force");

        browser.findElement(By.linkText("Tariff what-if")).click();
        browser.findElement(By.name("rate")).sendKeys("15");
        browser.findElement(By.name("year")).sendKeys("1990");
        browser.findElement(By.cssSelector("#what-if-form button")).click();
        wait.until(d -> d.getPageSource().contains("no US import statistics from VN for 1990"));
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }
}
