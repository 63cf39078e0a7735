package org.bilateral.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst corrects a round and a purchase on the review page and accepts them: a wrong number is refused on its own
 * card naming the field, the right ones enter the register exactly as typed.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalCorrectionBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Engagements engagements;
    @Autowired PurchaseCommitments commitments;

    @Test
    void anAnalystCorrectsAndAcceptsARoundAndAPurchaseAndSeesARefusalOnItsCard() throws Exception {
        RegisterFixture.clear(jdbc);
        ChromeDriver browser = chromium.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/press-releases", "/press-releases");
        browser.findElement(By.id("name")).sendKeys("round and purchase");
        browser.findElement(By.id("text")).sendKeys(PressReleasePagesTest.ROUND_AND_PURCHASE);
        browser.findElement(By.id("read-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));

        String round = card(browser, "negotiation round").getAttribute("id");
        String purchase = card(browser, "VietJet: 200 aircraft").getAttribute("id");
        assertThat(browser.findElement(By.id(round)).findElement(By.cssSelector(".range")).getText())
                .as("the range is stated beside the field").isEqualTo("a whole number from 1 to 999, digits only");

        // the purchase's quantity typed but not yet sent: a refusal on another card leaves it as typed
        type(browser, purchase, "quantity", "150");
        type(browser, round, "round", "5.5");
        accept(browser, round);
        wait.until(d -> !d.findElements(By.cssSelector("#" + round + ".refused")).isEmpty());
        assertThat(browser.findElement(By.id(round)).findElement(By.cssSelector(".refusal")).getText())
                .contains("Not accepted").contains("round: a whole number from 1 to 999");
        assertThat(browser.findElement(By.id(round)).findElement(By.name("round")).getAttribute("value")).isEqualTo("5.5");
        assertThat(browser.findElement(By.id(purchase)).findElement(By.name("quantity")).getAttribute("value")).isEqualTo("150");
        assertThat(engagements.count()).as("nothing stored by a refusal").isZero();

        type(browser, round, "round", "6");
        type(browser, round, "place", "Hà Nội");
        accept(browser, round);
        wait.until(d -> !d.findElements(By.cssSelector("#" + round + ".accepted")).isEmpty());

        type(browser, purchase, "quantity", "150");
        type(browser, purchase, "value_usd", "9500000000.50");
        accept(browser, purchase);
        wait.until(d -> !d.findElements(By.cssSelector("#" + purchase + ".accepted")).isEmpty());
        assertThat(browser.findElement(By.id(purchase)).findElement(By.name("quantity")).getAttribute("value")).isEqualTo("150");
        assertThat(browser.findElement(By.id(purchase)).findElement(By.name("value_usd")).getAttribute("value")).isEqualTo("9500000000.5");

        assertThat(engagements.timeline(null, null)).filteredOn(e -> e.kind() == EngagementKind.NEGOTIATION_ROUND).singleElement()
                .satisfies(e -> {
                    assertThat(e.round()).isEqualTo(6);
                    assertThat(e.place()).isEqualTo("Hà Nội");
                });
        Deal deal = commitments.deals().get(0);
        assertThat(deal.quantity()).isEqualTo(150L);
        // 9,500,000,000.50 typed, 9,500,000,000.50 held: a point value, so low and high alike
        assertThat(deal.valueLowUsd()).isEqualByComparingTo("9500000000.50");
        assertThat(deal.valueHighUsd()).isEqualByComparingTo("9500000000.50");
        browser.get(base + "/deals/" + deal.id().value());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("VietJet").contains("150");
        Files.write(Path.of("target", "press-release-round-and-purchase.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement card(ChromeDriver browser, String label) {
        return browser.findElements(By.cssSelector(".proposal")).stream().filter(c -> c.findElement(By.tagName("h3")).getText().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + label));
    }

    private static void type(ChromeDriver browser, String card, String field, String value) {
        WebElement input = browser.findElement(By.id(card)).findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    private static void accept(ChromeDriver browser, String card) {
        WebElement button = browser.findElement(By.id(card)).findElement(By.cssSelector("button.accept"));
        // a long page of cards: the button is brought into view and pressed as a reviewer would, by the script's click
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
