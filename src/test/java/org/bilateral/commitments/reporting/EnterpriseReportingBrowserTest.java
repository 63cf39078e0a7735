package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enterprise reports progress on its deal in the browser; the ministry then sees who has reported and the deal's new
 * stage in the register.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseReportingBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;

    @BeforeEach
    void browser() {
        browser = chromium.browser();
    }

    @Test
    void anEnterpriseReportsProgressAndTheMinistrySeesIt() {
        TwoEnterprises e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;

        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("airline");
        browser.findElement(By.id("password")).sendKeys(TwoEnterprises.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/reporting"));
        String deals = browser.findElement(By.id("reporting-deals")).getText();
        assertThat(deals).contains("737 MAX 8").doesNotContain("soybean");

        browser.findElement(By.linkText("D" + e.aircraftDeal)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-form")));
        var period = browser.findElement(By.name("period"));
        period.clear();
        period.sendKeys("2026-Q1");
        new Select(browser.findElement(By.name("stage"))).selectByVisibleText("in delivery");
        browser.findElement(By.name("deliveredQuantity")).sendKeys("3");
        browser.findElement(By.name("deliveredValueUsd")).sendKeys("720000000");
        browser.findElement(By.name("obstacles")).sendKeys("engine supply");
        browser.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("progress")).getText().contains("engine supply"));
        assertThat(browser.findElement(By.id("progress")).getText()).contains("2026-Q1").contains("in delivery").contains("airline");

        browser.get(base + "/reporting?period=2026-Q1");
        assertThat(browser.findElement(By.id("reporting-deals")).getText()).contains("yes");
        browser.get(base + "/deals");
        assertThat(browser.getPageSource()).doesNotContain("Purchase commitments");
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        HeadlessChromium.logInAt(browser, base + "/reporting/status?period=2026-Q1", "/reporting/status");
        String status = browser.findElement(By.id("status")).getText();
        assertThat(status).contains("Vietnam Airlines").contains("Khai Anh Binh Thuan").contains("feedmill");
        browser.get(base + "/deals/" + e.aircraftDeal);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("in delivery").contains("engine supply");
    }
}
