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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  /** Clicks what leads to another page and waits until the old page is gone, so that what follows reads the new one. */
  private static void follow(By by) {
    WebElement old = browser.findElement(By.tagName("html"));
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(old));
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
    // دوما، الغوطة الشرقية and دمشق lie within a few kilometres: one cluster holding all five events
    assertThat(browser.findElements(By.cssSelector("figure.map svg circle.pt"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("figure.map svg circle.pt")).getAttribute("data-count")).isEqualTo("5");
    // stat cards carry thousands separators where needed and the timeline has both axes
    assertThat(browser.findElements(By.cssSelector("figure.timeline svg line.axis"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector("figure.timeline svg text.ytick"))).isNotEmpty();
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

  private static void shot(String name) throws Exception {
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> rows(String attr) {
    return browser.findElements(By.cssSelector("#list .row")).stream().map(e -> e.getAttribute(attr)).toList();
  }

  @Test
  void mapClusterListsEveryEventOfItsPoint() throws Exception {
    open(base + "/", "map");
    WebElement pt = browser.findElement(By.cssSelector("figure.map svg a.cluster"));
    assertThat(browser.findElement(By.cssSelector("figure.map svg circle.pt title")).getAttribute("textContent"))
        .contains("دوما", "الغوطة الشرقية", "دمشق", "اتفاق: روسيا، جيش الإسلام · دوما · 2018-04-01");
    js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))".replace("arguments[0]",
        "document.querySelector('figure.map svg a.cluster')"));
    assertThat(browser.getCurrentUrl()).contains("/events?bbox=");
    assertThat(rows("data-event")).containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "e5");
    shot("map-cluster-events");
    assertThat(pt).isNotNull();
  }

  @Test
  void filtersNarrowAndSortTheListsAsShareableAddresses() throws Exception {
    open(base + "/events", "events");
    assertThat(rows("data-event")).hasSize(5);
    // event titles are readable: type, actors, place, date
    assertThat(browser.findElement(By.cssSelector("#list .row[data-event=e3] a")).getText())
        .isEqualTo("انسحاب أو إجلاء: فيلق الرحمن · الغوطة الشرقية · 2018-04-01");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("outlet"))).selectByValue("skynews");
    browser.findElement(By.name("contradicted")).click();
    follow(By.id("apply"));
    assertThat(browser.getCurrentUrl()).contains("outlet=skynews").contains("contradicted=1");
    assertThat(rows("data-event")).containsExactly("e4", "e3"); // 3 outlets before 2
    follow(By.cssSelector("a.sort[data-sort=date]"));
    assertThat(browser.getCurrentUrl()).contains("sort=date");
    assertThat(rows("data-event")).containsExactly("e3", "e4");
    shot("events-filtered");
    // the same address under /api/ answers the same rows
    String api = browser.getCurrentUrl().replace("/events?", "/api/events?");
    browser.get(api);
    String json = browser.findElement(By.tagName("body")).getText();
    assertThat(json).contains("\"id\":\"e3\"", "\"id\":\"e4\"", "\"outlet\":\"skynews\"").doesNotContain("\"id\":\"e1\"");
    // date range and single source on claims
    open(base + "/claims?from=2018-04-07&to=2018-04-08&type=ASSAULT", "claims-filtered");
    assertThat(rows("data-claim")).isNotEmpty().allSatisfy(c -> assertThat(c).matches("c1[0-9]"));
    // actors: no places, no outlets; filtered by type
    open(base + "/actors", "actors");
    List<String> names = browser.findElements(By.cssSelector("#list .row td:first-child")).stream().map(WebElement::getText).toList();
    assertThat(names).contains("جيش الإسلام", "روسيا").doesNotContain("دوما", "دمشق", "الغوطة الشرقية");
    open(base + "/actors?type=PER", "actors-per");
    assertThat(browser.findElements(By.cssSelector("#list .row td:nth-child(2)")).stream().map(WebElement::getText))
        .isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("PER"));
    // articles by actor and story
    open(base + "/articles?story=s2&sort=outlet", "articles-story");
    assertThat(browser.findElements(By.cssSelector("#list .row td:nth-child(2)")).stream().map(WebElement::getText))
        .containsExactly("BBC", "CNN", "skynews");
  }

  @Test
  void coverageShowsWhatOnlyOneSideReports() throws Exception {
    open(base + "/story/s1", "story-top");
    follow(By.id("coverage-link"));
    assertThat(browser.findElement(By.id("coverage-title")).getText()).contains("إجلاء مقاتلي جيش الإسلام من دوما");
    assertThat(browser.findElements(By.cssSelector("#coverage-outlets tr")).stream().map(e -> e.getAttribute("data-side")))
        .containsExactly(null, "gov", "opp", "opp");
    assertThat(browser.findElements(By.cssSelector("#coverage-events tr.only-opp")).stream().map(e -> e.getAttribute("data-event")))
        .containsExactly("e3");
    assertThat(browser.findElement(By.id("one-sided")).getText()).isEqualTo("1");
    shot("coverage");
  }

  @Test
  void languageToggleSwitchesTheInterfaceWords() throws Exception {
    open(base + "/events?type=RETREAT", "toggle-ar");
    follow(By.id("lang-toggle"));
    assertThat(browser.getCurrentUrl()).endsWith("/events?type=RETREAT");
    assertThat(js("return document.documentElement.lang")).isEqualTo("en");
    assertThat(js("return getComputedStyle(document.body).direction")).isEqualTo("ltr");
    assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Events");
    assertThat(browser.findElement(By.id("apply")).getText()).isEqualTo("Apply");
    assertThat(rows("data-event")).containsExactly("e1", "e3");
    assertThat(browser.findElement(By.cssSelector("#list .row[data-event=e1] a")).getText()).startsWith("Retreat: ");
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("toggle-en.png"),
        StandardCopyOption.REPLACE_EXISTING);
    follow(By.id("lang-toggle"));
    assertThat(js("return document.documentElement.lang")).isEqualTo("ar");
    assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("الأحداث");
  }

  @Test
  void claimSpansAreMarkedInTheTextAndLinked() throws Exception {
    open(base + "/article/FR-middleEast-211-20180402", "article-claims");
    List<WebElement> marks = browser.findElements(By.cssSelector("#text .claim[id^=ct-]"));
    assertThat(marks).isNotEmpty();
    WebElement first = browser.findElement(By.cssSelector("#claims li a.to-text"));
    String target = first.getAttribute("href");
    first.click();
    assertThat(browser.getCurrentUrl()).isEqualTo(target);
    assertThat(js("return document.querySelector(':target').classList.contains('claim')")).isEqualTo(true);
    shot("article-claim-anchor");
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
    follow(By.cssSelector("a.result-title[href*='FR-middleEast-211']"));
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
