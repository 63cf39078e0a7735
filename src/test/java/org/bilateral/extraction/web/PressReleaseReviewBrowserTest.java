package org.bilateral.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An analyst pastes a press release, reviews what was read against the highlighted text, and finds it on the timeline. */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PressReleaseReviewBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.bilateral.extraction.PressReleases pressReleases;

    @BeforeEach
    void browser() {
        browser = chromium.browser();
    }

    /**
     * "Accept all as read" sent twice at once (a double click) is sent once: the second submit is held back in the
     * browser. A listener after the page's own counts the submits that went on to the server, across the reload.
     */
    @Test
    void acceptAllClickedTwiceIsSentOnce() throws Exception {
        RegisterFixture.clear(jdbc);
        long id = pressReleases.ingest(new org.bilateral.extraction.PressRelease("twice.txt", "date 2026-05-08 HÀ NỘI — Minister of "
                + "Industry and Trade Trần Quốc Minh held talks with US Under Secretary of Commerce Alan Brook on May 7."), "analyst").id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        // the class's tests share one browser: each logs in afresh
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        HeadlessChromium.logInAt(browser, base + "/press-releases/" + id, "/press-releases/" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-all")));

        browser.executeScript("""
                sessionStorage.setItem('sent', '0');
                window.addEventListener('submit', function (e) {
                  if (!e.defaultPrevented) { sessionStorage.setItem('sent', String(Number(sessionStorage.getItem('sent')) + 1)); }
                });
                var form = document.getElementById('accept-all').form;
                form.requestSubmit();
                form.requestSubmit();""");

        wait.until(d -> d.findElements(By.id("accept-all")).isEmpty() && !d.findElements(By.id("review-counts")).isEmpty());
        assertThat(browser.executeScript("return sessionStorage.getItem('sent')")).isEqualTo("1");
        assertThat(jdbc.sql("select count(*) from engagement").query(Long.class).single()).isEqualTo(1L);
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAnalystReadsCorrectsAndAcceptsAMeeting() throws Exception {
        RegisterFixture.clear(jdbc);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/press-releases", "/press-releases");

        browser.findElement(By.id("name")).sendKeys("ministry bulletin");
        browser.findElement(By.id("text")).sendKeys("date 2026-05-08 HÀ NỘI — Minister of Industry and Trade Trần Quốc Minh held "
                + "talks with US Under Secretary of Commerce Alan Brook on May 7. Minh asked the US to stop treating Việt Nam "
                + "as a non-market economy.");
        browser.findElement(By.id("read-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
        assertThat(browser.findElement(By.id("published")).getText()).isEqualTo("2026-05-08");

        // the least certain first: a person read by the rules (0.466 × 100 = 46.6%) before the meeting
        assertThat(browser.findElement(By.id("least-certain-first")).getText()).contains("least sure of come first");
        WebElement first = browser.findElements(By.cssSelector(".proposal")).get(0);
        assertThat(first.getText()).contains("PERSON").contains("Trần Quốc Minh");
        assertThat(first.findElement(By.cssSelector(".confidence")).getText()).isEqualTo("Reader's confidence 46.6%");
        WebElement event = browser.findElements(By.cssSelector(".proposal")).stream().filter(c -> c.getText().contains("EVENT"))
                .findFirst().orElseThrow();
        assertThat(event.getText()).contains("meeting 2026-05-07");
        // the meeting's figure is the mean of the rules' 0.710 and the event model's probability: a tenth of a percent,
        // above the person's 46.6%, as it comes after
        String meeting = event.findElement(By.cssSelector(".confidence")).getText();
        assertThat(meeting).matches("Reader's confidence \\d{1,3}\\.\\d%");
        assertThat(Double.parseDouble(meeting.replaceAll("[^0-9.]", ""))).isGreaterThanOrEqualTo(46.6);
        new Actions(browser).moveToElement(event).perform();
        wait.until(d -> !d.findElements(By.cssSelector(".source-text mark.focus")).isEmpty());
        String lit = String.join("", browser.findElements(By.cssSelector(".source-text mark.focus")).stream().map(WebElement::getText).toList());
        assertThat(lit).as("the whole sentence the event was read from").contains("held talks with US Under Secretary of Commerce Alan Brook on May 7.");

        WebElement place = event.findElement(By.name("place"));
        place.clear();
        place.sendKeys("Hà Nội");
        // the meeting's card now stands below the people's, on a long page of cards: its button is brought into view and
        // pressed by the script's click, as in ProposalCorrectionBrowserTest
        WebElement accept = event.findElement(By.cssSelector("button.accept"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", accept);
        // accepting the meeting accepts its two participants: their cards and the counts say so at once, without a reload
        wait.until(d -> d.findElements(By.cssSelector(".proposal.accepted")).size() >= 3);
        int accepted = browser.findElements(By.cssSelector(".proposal.accepted")).size();
        int open = browser.findElements(By.cssSelector(".proposal.proposed")).size();
        assertThat(browser.findElement(By.id("review-counts")).getText())
                .contains(open + " to review, " + accepted + " accepted, 0 rejected");
        assertThat(browser.findElements(By.cssSelector(".proposal.accepted")).stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("Trần Quốc Minh")).anySatisfy(t -> assertThat(t).contains("Alan Brook"));

        Files.write(Path.of("target", "press-release-review-en.png"), browser.getScreenshotAs(OutputType.BYTES));
        // the same page in Vietnamese: the same order, the figure with a decimal comma
        String review = browser.getCurrentUrl();
        browser.get(review + (review.contains("?") ? "&" : "?") + "lang=vi");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("least-certain-first")));
        assertThat(browser.findElement(By.id("least-certain-first")).getText()).contains("kém chắc chắn nhất được xếp lên trước");
        assertThat(browser.findElements(By.cssSelector(".proposal .confidence")).get(0).getText()).isEqualTo("Độ tin cậy của máy đọc 46,6%");
        Files.write(Path.of("target", "press-release-review-vi.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.get(review + (review.contains("?") ? "&" : "?") + "lang=en");

        browser.get(base + "/engagements");
        WebElement row = browser.findElement(By.cssSelector("#timeline tbody tr"));
        assertThat(row.getText()).contains("2026-05-07").contains("Trần Quốc Minh").contains("Alan Brook").contains("Hà Nội");
        browser.get(base + "/people");
        assertThat(browser.findElement(By.id("people")).getText()).contains("Under Secretary of Commerce").contains("Minister of Industry and Trade");
        Files.write(Path.of("target", "press-release-review.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
