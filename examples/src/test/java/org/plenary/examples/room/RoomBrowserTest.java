package org.plenary.examples.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.TestClock;
import org.plenary.examples.asp18.Asp18;

/**
 * The display and the console in a real browser: Debian's headless Chromium, driven by Selenium
 * through Debian's chromedriver (Selenium Manager is never asked). The console acts; the display
 * shows the speaker, the countdown running, amber then red, and the projected end; the Arabic display
 * reads right to left with the countdown where the layout puts it. Screenshots go to
 * {@code target/room-screenshots/}. Without Chromium the test is skipped, saying so in one line,
 * except on CI, where it must run.
 */
class RoomBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "room-screenshots");

  /** Kept, so that its level holds: Selenium warns that it has no DevTools for this Chromium, which it does not need. */
  private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private static ChromeDriverService service;
  private static WebDriver browser;

  private Room room;
  private RoomServer server;

  @BeforeAll
  static void chromium() throws Exception {
    if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
      String why = "RoomBrowserTest skipped: " + (CHROMIUM.canExecute() ? DRIVER : CHROMIUM)
          + " is missing (apt-get install chromium chromium-driver fonts-noto-core fonts-noto-cjk)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(why.replace("skipped", "cannot run on CI"));
      }
      System.err.println(why);
      Assumptions.abort(why);
    }
    DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
    service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--window-size=1920,1080", "--lang=en");
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @BeforeEach
  void serve() throws Exception {
    // The sitting's clock runs thirty times as fast: the five minutes of the opening last ten seconds.
    RoomClock clock = new RoomClock(Rooms.asp18().plenary().startInstant(), 30, Asp18.ZONE);
    room = Room.open(Rooms.asp18(), Asp18.rules(), Fit.shortenThenWaitList(Duration.ofMinutes(2)), clock,
        Optional.empty(), 30);
    server = Rooms.serve(room);
    viewport(1920, 1080);
  }

  /** Sizes the window so that the page itself has {@code width} × {@code height} pixels. */
  private static void viewport(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    long inner = (Long) js("return window.innerHeight");
    long innerWidth = (Long) js("return window.innerWidth");
    browser.manage().window().setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - inner)));
  }

  @AfterEach
  void stop() {
    for (String handle : browser.getWindowHandles().stream().skip(1).toList()) {
      browser.switchTo().window(handle).close();
    }
    browser.switchTo().window(browser.getWindowHandles().iterator().next());
    server.stop();
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void shoot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  @Test
  void theConsoleCallsASpeakerAndTheDisplayShowsItWithTheCountdownRunningAndTheProjectedEnd() throws Exception {
    browser.get(server.url() + "?lang=en");
    String display = browser.getWindowHandle();
    waiting().until(d -> d.findElement(By.tagName("body")).getAttribute("data-version") != null);
    assertThat(text("delegation")).isEqualTo("Nobody has the floor");
    assertThat(text("countdown")).isEqualTo("–:––");

    browser.switchTo().newWindow(WindowType.WINDOW);
    browser.get(server.url() + "chair#token=" + server.token());
    WebElement next = browser.findElement(By.cssSelector("#console button[data-action=next]"));
    waiting().until(ExpectedConditions.elementToBeClickable(next));
    assertThat(browser.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token");
    assertThat(browser.findElement(By.cssSelector("#console button[data-action=resume]")).isEnabled()).isFalse();
    shoot("console-en");
    next.click();
    waiting().until(d -> "Done".equals(d.findElement(By.id("status")).getText()));

    browser.switchTo().window(display);
    waiting().until(ExpectedConditions.textToBe(By.id("delegation"), "Co-facilitators on cooperation"));
    assertThat(text("segment")).isEqualTo("Opening by the co-facilitators");
    String first = text("countdown");
    assertThat(first).matches("[45]:\\d\\d");
    waiting().until(d -> !text("countdown").equals(first));
    assertThat(text("projected-end")).matches("\\d\\d:\\d\\d");
    assertThat(text("scheduled-end")).isEqualTo("12:00");
    assertThat(browser.findElements(By.cssSelector("#next li .name"))).extracting(WebElement::getText)
        .hasSize(3).doesNotContain("Co-facilitators on cooperation");
    shoot("display-en");

    waiting().until(d -> d.findElement(By.id("countdown")).getAttribute("class").contains("amber"));
    assertThat(Integer.parseInt(text("countdown").split(":")[1])).isLessThanOrEqualTo(30);
    waiting().until(d -> d.findElement(By.id("countdown")).getAttribute("class").contains("red"));
    waiting().until(d -> text("countdown").matches("\\+0:[1-5]\\d"));
    assertThat(browser.findElement(By.id("over")).isDisplayed()).isTrue();
    waiting().until(d -> text("late").endsWith("min late"));
    shoot("display-en-over");

    browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(display)).findFirst()
        .orElseThrow());
    browser.findElement(By.cssSelector("#console button[data-action=pause]")).click();
    browser.switchTo().window(display);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("paused")));
    String stopped = text("countdown");
    Thread.sleep(1500);
    assertThat(text("countdown")).as("the countdown stands still while paused").isEqualTo(stopped);
    assertThat(text("paused")).isEqualTo("Sitting suspended");
  }

  @Test
  void theArabicDisplayReadsRightToLeftWithTheCountdownAtTheInlineEnd() throws Exception {
    room.act(Action.of("next"));
    for (String lang : List.of("ar", "en")) {
      browser.get(server.url() + "?lang=" + lang);
      waiting().until(d -> d.findElement(By.id("countdown")).getText().matches("\\d:\\d\\d"));
      assertThat(js("return getComputedStyle(document.documentElement).direction")).isEqualTo(
          lang.equals("ar") ? "rtl" : "ltr");
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) js("function r(q) { return document.querySelector(q)"
          + ".getBoundingClientRect(); }"
          + "var c = r('#countdown'), n = r('#delegation'), p = r('.now'), s = r('.next');"
          + "return {cl: c.left, cr: c.right, ct: c.top, cb: c.bottom, nb: n.bottom, pl: p.left, pr: p.right,"
          + " sl: s.left, sr: s.right, w: innerWidth, h: innerHeight};");
      double w = num(box, "w");
      assertThat(num(box, "ct")).as("the countdown under the speaker").isGreaterThanOrEqualTo(num(box, "nb"));
      if (lang.equals("ar")) {
        assertThat(num(box, "cl") - num(box, "pl")).as("the countdown against the panel's left, its inline end")
            .isLessThan(num(box, "pr") - num(box, "cr"));
        assertThat(num(box, "sr")).as("the next speakers on the left").isLessThan(num(box, "pl"));
        assertThat(text("delegation")).isEqualTo("الميسِّران المشاركان المعنيان بالتعاون");
        assertThat(text("now-label")).isEqualTo("يتكلم الآن");
        shoot("display-ar");
      } else {
        assertThat(num(box, "pr") - num(box, "cr")).as("the countdown against the panel's right, its inline end")
            .isLessThan(num(box, "cl") - num(box, "pl"));
        assertThat(num(box, "sl")).as("the next speakers on the right").isGreaterThan(num(box, "pr"));
        shoot("display-en-1080");
      }
      assertThat(num(box, "cb")).as("the countdown on the screen").isLessThanOrEqualTo(num(box, "h"));
      assertThat(num(box, "cb") - num(box, "ct")).as("the countdown's height at 1080 px").isGreaterThan(150);
      assertThat(w).isEqualTo(1920);
    }
    viewport(390, 844);
    browser.get(server.url() + "?lang=en");
    waiting().until(d -> d.findElement(By.id("countdown")).getText().matches("\\d:\\d\\d"));
    assertThat((Long) js("return document.documentElement.scrollWidth")).as("no sideways scroll on a phone")
        .isLessThanOrEqualTo(390L);
    shoot("phone-en");
    browser.get(server.url() + "?lang=ar");
    waiting().until(d -> d.findElement(By.id("countdown")).getText().matches("\\d:\\d\\d"));
    shoot("phone-ar");
  }

  private static double num(Map<String, Object> box, String key) {
    return ((Number) box.get(key)).doubleValue();
  }

  @Test
  void hostileNamesAreShownAsTheyAreAndRunNothing() throws Exception {
    server.stop();
    room = Room.open(Rooms.hostile(), RuleSet.of(), Fit.waitList(),
        TestClock.at(Rooms.hostile().plenary().startInstant()), Optional.empty(), 1);
    server = Rooms.serve(room);
    room.act(new Action("next", java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.of("r1"),
        Optional.empty()));
    for (String page : List.of("", "chair#token=" + server.token())) {
      browser.get(server.url() + page);
      waiting().until(d -> d.findElement(By.tagName("body")).getAttribute("data-version") != null);
      String shown = Rooms.HOSTILE.replace('\u0007', '\ufffd');
      assertThat(js("return document.getElementById('delegation').textContent")).isEqualTo(shown);
      assertThat(js("return document.querySelector('#person bdi').textContent")).isEqualTo(shown);
      assertThat(js("return getComputedStyle(document.querySelector('#person bdi')).unicodeBidi")).isEqualTo("isolate");
      assertThat(browser.findElements(By.tagName("img"))).isEmpty();
      assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
      try {
        browser.switchTo().alert();
        throw new AssertionError("a hostile name ran a script");
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
    }
    assertThat(Pattern.compile("onerror").matcher((String) js("return document.body.innerHTML")).results()
        .count()).as("the name is text: its markup is escaped").isEqualTo(
        Pattern.compile("onerror").matcher((String) js("return document.body.textContent")).results().count());
    shoot("console-hostile");
  }
}
