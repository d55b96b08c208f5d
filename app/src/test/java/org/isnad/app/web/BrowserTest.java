package org.isnad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.isnad.app.report.Fixture;
import org.isnad.app.report.ReportWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in Debian's headless Chromium ({@code apt-get install chromium chromium-driver}): home, a
 * story, an actor, a search, report.html from file://, and the hostile article. Screenshots go to
 * {@code app/target/screenshots/}. Skipped, saying why, when Chromium or its driver is not installed.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;
  static WebServer server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); "
            + "install them with: apt-get install chromium chromium-driver");
    Path data = Fixture.copyTo(dir.resolve("data"));
    ReportWriter.write(data);
    server = WebServer.start(data, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-default-apps", "--disable-sync", "--window-size=1280,1400",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void open(String url, String shot) throws Exception {
    browser.get(url);
    assertThat(js("return document.documentElement.dir")).as(url).isEqualTo("rtl");
    assertThat(js("return document.documentElement.lang")).as(url).isEqualTo("ar");
    assertThat(js("return getComputedStyle(document.body).direction")).as(url).isEqualTo("rtl");
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(shot + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void home() throws Exception {
    open(base + "/", "home");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.stories tr.story-row a"));
    assertThat(rows).extracting(WebElement::getText)
        .containsExactly("إجلاء مقاتلي جيش الإسلام من دوما", "الهجوم الكيماوي على دوما");
    assertThat(browser.findElements(By.cssSelector("figure.map svg path.land"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("figure.map svg circle.pt"))).hasSize(3); // دوما، الغوطة الشرقية، دمشق
    assertThat(browser.findElements(By.cssSelector("figure.framing svg circle.dot"))).hasSize(4);
  }

  @Test
  void story() throws Exception {
    open(base + "/story/s1", "story");
    assertThat(browser.findElement(By.id("story-title")).getText()).isEqualTo("إجلاء مقاتلي جيش الإسلام من دوما");
    assertThat(browser.findElements(By.cssSelector(".columns > .column > h3")).stream().map(WebElement::getText))
        .containsExactly("BBC", "france24", "skynews");
    assertThat(browser.findElements(By.cssSelector("mark.reuse, a.reuse"))).hasSizeGreaterThan(4);
    WebElement e1 = browser.findElement(By.cssSelector("[data-event=e1] .corroboration"));
    assertThat(e1.getText()).contains("تأكيد مستقل").contains("2");
    assertThat(browser.findElements(By.cssSelector("[data-event=e3] .contradiction .value")).stream()
        .map(WebElement::getText)).containsExactly("46,000", "40,000");
    // the page has really loaded the Arabic web font
    assertThat(js("return document.fonts.check('16px \"Noto Naskh Arabic\"', 'دوما')")).isEqualTo(true);
    js("document.querySelector('[data-event=e1]').scrollIntoView()");
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("story-events.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void actor() throws Exception {
    open(base + "/actor/syria.opposition.armed", "actor");
    assertThat(browser.findElement(By.id("actor-title")).getText()).startsWith("المعارضة المسلحة");
    assertThat(browser.findElements(By.cssSelector("#labels tr.outlet-labels"))).hasSize(3); // CNN names no armed group
    assertThat(browser.findElement(By.id("labels")).getText()).contains("«إرهابيي»");
  }

  @Test
  void search() throws Exception {
    open(base + "/search?q=" + URLEncoder.encode("المعارضة", StandardCharsets.UTF_8), "search");
    assertThat(browser.findElements(By.cssSelector("ol.results li.result"))).hasSize(7);
    assertThat(browser.findElements(By.cssSelector("mark.hit")).stream().map(WebElement::getText))
        .contains("المعارضة", "للمعارضة");
    browser.findElement(By.cssSelector("a.result-title[href*='FR-middleEast-211']")).click();
    assertThat(browser.findElement(By.id("article-title")).getText()).startsWith("سوريا: بدء عملية إجلاء");
    assertThat(browser.findElements(By.cssSelector("#text mark.hit, #text a.hit"))).isNotEmpty();
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve("article-hit.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void reportOpensFromDiskWithoutNetwork() throws Exception {
    Path report = dir.resolve("data/report.html");
    open(report.toUri().toString(), "report");
    assertThat(browser.findElements(By.cssSelector("section.story"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("section.event"))).hasSize(5);
    // nothing was fetched but the page itself (the font is inline)
    assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
    assertThat(js("return document.fonts.check('16px \"Noto Naskh Arabic\"', 'دوما')")).isEqualTo(true);
  }

  @Test
  void hostileArticleStaysInert() throws Exception {
    Path out = XssDataset.build(dir.resolve("xss"));
    String check = "return document.querySelectorAll('script, [onerror], [onload], [onmouseover], img, iframe').length";
    open(out.resolve("report.html").toUri().toString(), "xss-report");
    assertThat(js(check)).isEqualTo(0L);
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>alert(1)</script>");
    try (WebServer xss = WebServer.start(out, "127.0.0.1", 0)) {
      for (String p : new String[] {"/", "/article/" + XssDataset.ID, "/article/" + XssDataset.RAW, "/search?q=alert",
          "/articles", "/story/s-xss", "/event/e-xss", "/actor/x", "/framing"}) {
        open("http://127.0.0.1:" + xss.port() + p, "xss-" + p.replaceAll("[^a-z]", ""));
        assertThat(js(check)).as(p).isEqualTo(0L);
        // an alert would have left a dialog open: the driver would throw UnhandledAlertException on any call
        assertThat(browser.getTitle()).as(p).isNotNull();
      }
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("<img src=x onerror=alert(1)>");
    }
  }
}
