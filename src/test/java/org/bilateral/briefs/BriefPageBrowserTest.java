package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilateral.HeadlessChromium;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A negotiator switches the workbench to Vietnamese, composes a brief for the next round and downloads its PDF. */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BriefPageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;

    @Test
    void aBriefIsComposedInVietnameseAndItsPdfDownloaded() throws Exception {
        ChromeDriver browser = chromium.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAt(browser, base + "/briefs?lang=vi", "/briefs");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo tóm tắt");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Số liệu thương mại", "Báo cáo tóm tắt");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        var nav = browser.findElements(By.cssSelector(".topbar nav > *")).stream().filter(org.openqa.selenium.WebElement::isDisplayed).toList();
        assertThat(nav).as("the Vietnamese navigation fits one line at 1280 px")
                .allSatisfy(e -> assertThat(e.getLocation().getY()).isEqualTo(nav.get(0).getLocation().getY()));
        var logout = browser.findElement(By.cssSelector(".topbar .logout button"));
        assertThat(logout.getLocation().getX() + logout.getSize().getWidth()).as("the whole top bar, search box and log-out included, "
                + "fits 1280 px").isLessThanOrEqualTo(((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue());
        assertThat(logout.getLocation().getY()).as("on the navigation's line").isLessThan(nav.get(0).getLocation().getY() + 30);
        browser.findElement(By.name("forDate")).sendKeys("03152026");
        browser.findElement(By.cssSelector("#brief-form button")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/briefs/[0-9]+$"));
        assertThat(browser.findElement(By.cssSelector(".brief h1")).getText()).startsWith("Báo cáo tóm tắt cho phiên Việt Nam – Hoa Kỳ ngày 15/3/2026");
        String pdf = browser.findElement(By.id("download-pdf")).getAttribute("href");
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(file.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Hiệp định Thương mại Đối ứng, Công bằng và Cân bằng");
        }
        browser.findElement(By.cssSelector("a[href='?lang=en']")).click();
        wait.until(d -> d.findElement(By.cssSelector("nav")).getText().contains("Trade statistics"));
    }
}
