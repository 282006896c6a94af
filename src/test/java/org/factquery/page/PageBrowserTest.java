package org.factquery.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} over the samples, in a real headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs): each step's screenshot is saved
 * under {@code target/screenshots/}. Outside CI the test is skipped when Chromium is missing.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String KANDAHAR_SENTENCE = "Kandahar fell on Thursday night, according to authorities";

    static WebDriver browser;
    static WebDriverWait wait;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        // the driver is Debian's: Selenium Manager must not try to download one
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // rows are redrawn as answers come
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void samples() {
        SampleStore.onlySamples();
    }

    static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static WebElement kandaharRow() {
        return browser.findElement(By.cssSelector("#cities tr[data-city='Kandahar']"));
    }

    void open() {
        browser.get(page.toString());
        wait.until(b -> !b.findElements(By.cssSelector("#cities tr[data-city='Kandahar']")).isEmpty());
    }

    @Test
    @Order(1)
    void theMapDrawsTheCitiesOfTheSamples() throws IOException {
        open();
        wait.until(b -> b.findElements(By.cssSelector("#map path.leaflet-interactive")).size() >= 5);
        assertThat(kandaharRow().findElement(By.cssSelector(".status")).getText()).isEqualTo("CAPTURED");
        assertThat(browser.findElement(By.id("cities-count")).getText()).contains("captured");
        // the country outlines come from the service itself
        assertThat(browser.findElements(By.cssSelector("#map path")).size())
                .isGreaterThan(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size());
        screenshot("01-map");
    }

    @Test
    @Order(2)
    void clickingKandaharShowsItsStatusAndEvidenceSentenceAndTheDocumentWithTheSentenceMarked() throws IOException {
        open();
        kandaharRow().findElement(By.cssSelector("button")).click();
        WebElement city = browser.findElement(By.id("city"));
        wait.until(b -> city.getText().contains("Evidence"));
        assertThat(city.findElement(By.tagName("h2")).getText()).startsWith("Kandahar");
        assertThat(city.getText()).contains("CAPTURED").contains("held by Taliban");
        wait.until(b -> city.findElements(By.cssSelector(".evidence mark")).stream()
                .anyMatch(m -> m.getText().startsWith(KANDAHAR_SENTENCE)));
        screenshot("02-kandahar");

        WebElement evidence = city.findElements(By.cssSelector(".evidence li")).stream()
                .filter(li -> li.getText().contains(KANDAHAR_SENTENCE)).findFirst().orElseThrow();
        evidence.findElement(By.linkText("whole document")).click();
        WebElement marked = wait.until(b -> b.findElement(By.id("document-mark")));
        assertThat(marked.getText()).startsWith(KANDAHAR_SENTENCE);
        assertThat(browser.findElement(By.id("document")).getAttribute("open")).isNotNull();
        screenshot("03-document");
        browser.findElement(By.cssSelector("#document .close")).click();
    }

    @Test
    @Order(3)
    void movingTheTimelineToADayBeforeAnyCaptureRedrawsTheMap() throws IOException {
        open();
        ((JavascriptExecutor) browser).executeScript("""
                const day = document.getElementById('as-of');
                day.value = '2021-07-01';
                day.dispatchEvent(new Event('change'));""");
        wait.until(b -> kandaharRow().findElement(By.cssSelector(".status")).getText().equals("UNKNOWN"));
        assertThat(browser.findElement(By.id("cities-count")).getText()).contains("as of 2021-07-01")
                .doesNotContain("captured");
        screenshot("04-timeline-before");

        browser.findElement(By.id("as-of-latest")).click();
        wait.until(b -> kandaharRow().findElement(By.cssSelector(".status")).getText().equals("CAPTURED"));
    }

    @Test
    @Order(4)
    void theClaimsTableFiltersByKindAndPlace() throws IOException {
        open();
        browser.findElement(By.id("tab-claims")).click();
        new Select(browser.findElement(By.cssSelector("#claims-filter select[name=kind]"))).selectByValue("CAPTURE");
        browser.findElement(By.cssSelector("#claims-filter input[name=place]")).sendKeys("Qandahar");
        browser.findElement(By.cssSelector("#claims-filter button[type=submit]")).click();
        wait.until(b -> {
            List<WebElement> rows = b.findElements(By.cssSelector("#claims tbody > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.findElement(By.cssSelector("td")).getText().equals("CAPTURE")
                    && r.findElements(By.cssSelector("td")).get(2).getText().equals("Kandahar"));
        });
        assertThat(browser.findElement(By.id("claims-count")).getText()).matches("\\d+ claims");
        screenshot("05-claims");
    }

    @Test
    @Order(5)
    void aQuestionIsAnsweredWithItsEvidence() throws IOException {
        open();
        browser.findElement(By.id("tab-ask")).click();
        browser.findElement(By.id("ask-q")).sendKeys("Who controls Kandahar?");
        browser.findElement(By.cssSelector("#ask-form button")).click();
        WebElement answer = wait.until(b -> b.findElement(By.cssSelector("#answer .answer")));
        assertThat(answer.getText()).contains("Taliban");
        wait.until(b -> !b.findElements(By.cssSelector("#answer .evidence mark")).isEmpty());
        screenshot("06-ask");
    }

    @Test
    @Order(6)
    void thePageFitsAPhoneAndItsViewsAreReachedByKeyboard() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open();
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            screenshot("07-phone");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(1);
            // the tabs follow the arrow keys
            browser.findElement(By.id("tab-map")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            wait.until(b -> b.findElement(By.id("tab-claims")).getAttribute("aria-selected").equals("true"));
            assertThat(browser.findElement(By.id("view-claims")).isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
