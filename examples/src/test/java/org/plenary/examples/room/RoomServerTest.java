package org.plenary.examples.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.core.testing.TestClock;
import org.plenary.export.json.SittingLogJson;

/** The room's HTTP interface: who may act, what a refusal says and leaves, the state and its schema, the pages. */
class RoomServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private TestClock clock;
  private Room room;
  private RoomServer server;

  @BeforeEach
  void open() throws Exception {
    clock = TestClock.at(Rooms.asp18().plenary().startInstant().plusSeconds(90));
    room = Rooms.asp18(clock, Optional.of(dir.resolve("sitting.json")));
    server = Rooms.serve(room);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The sitting as the tests compare it: its log, and its state but for the instant it was read. */
  private String sitting() throws Exception {
    return room.log() + " " + room.now().toString();
  }

  private List<SittingEvent> onDisk() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("sitting.json"))) {
      return SittingLogJson.read(in);
    }
  }

  static Stream<Arguments> refused() {
    String next = "{\"action\": \"next\"}";
    return Stream.of(
        Arguments.of("no token", next, List.of("Content-Type", "application/json"), 401,
            "the chair's token is missing: send Authorization: Bearer <token>"),
        Arguments.of("a wrong token", next, List.of("Content-Type", "application/json", "Authorization",
            "Bearer " + Rooms.TOKEN.replace('0', '1')), 401, "the chair's token is wrong"),
        Arguments.of("the token, but not as a bearer", next, List.of("Content-Type", "application/json",
            "Authorization", "Basic " + Rooms.TOKEN), 401, "the chair's token is wrong"),
        Arguments.of("another origin, with the token", next, List.of("Content-Type", "application/json",
            "Authorization", "Bearer " + Rooms.TOKEN, "Origin", "http://evil.example"), 403,
            "requests from http://evil.example are refused: the console is served at http://127.0.0.1:"),
        Arguments.of("a page opened from a file, with the token", next, List.of("Content-Type", "application/json",
            "Authorization", "Bearer " + Rooms.TOKEN, "Origin", "null"), 403, "requests from null are refused"),
        Arguments.of("not JSON", "{\"action\": next}", bearer(), 400, "the body is not JSON: Unrecognized token 'next'"),
        Arguments.of("an array", "[\"next\"]", bearer(), 400, "the body must be a JSON object such as {\"action\": \"next\"}"),
        Arguments.of("no action", "{\"seconds\": 30}", bearer(), 400, "'action' must be a string, one of [next, end,"),
        Arguments.of("an unknown action", "{\"action\": \"adjourn\"}", bearer(), 400,
            "'action' \"adjourn\" is not one of [next, end, pause, resume, point-of-order, right-of-reply, add-time, absent, replan]"),
        Arguments.of("a field the action does not take", "{\"action\": \"pause\", \"seconds\": 30}", bearer(), 400,
            "'seconds' is not a field of the action 'pause', which takes none"),
        Arguments.of("seconds as a string", "{\"action\": \"add-time\", \"seconds\": \"60\"}", bearer(), 400,
            "'seconds' must be a whole number from 1 to 3600, not \"60\""),
        Arguments.of("too many seconds", "{\"action\": \"add-time\", \"seconds\": 86400}", bearer(), 400,
            "'seconds' must be a whole number from 1 to 3600, not 86400"),
        Arguments.of("add-time without seconds", "{\"action\": \"add-time\"}", bearer(), 400,
            "the action 'add-time' needs 'seconds'"),
        Arguments.of("absent then where?", "{\"action\": \"absent\", \"then\": \"home\"}", bearer(), 400,
            "'then' must be \"skip\" or \"end-of-list\", not \"home\""),
        Arguments.of("the action twice", "{\"action\": \"next\", \"action\": \"replan\"}", bearer(), 400,
            "the body is not JSON: Duplicate field 'action'"),
        Arguments.of("an unknown delegation", "{\"action\": \"point-of-order\", \"delegation\": \"XXX\"}", bearer(), 400,
            "'delegation' \"XXX\" is not a delegation of this plenary"),
        Arguments.of("a body of 5 000 bytes", "{\"action\": \"next\", \"speaker\": \"" + "x".repeat(5000) + "\"}",
            bearer(), 413, "the body is longer than 4096 bytes"),
        Arguments.of("a form, not JSON", "action=next", List.of("Content-Type", "application/x-www-form-urlencoded",
            "Authorization", "Bearer " + Rooms.TOKEN), 415,
            "the body must be application/json, not application/x-www-form-urlencoded"),
        Arguments.of("calling again who speaks", "{\"action\": \"next\", \"speaker\": \"opening-remarks\"}", bearer(),
            409, "'opening-remarks' has already spoken"),
        Arguments.of("resuming what is not paused", "{\"action\": \"resume\"}", bearer(), 409, "the sitting is not paused"),
        Arguments.of("calling someone not on the list", "{\"action\": \"next\", \"speaker\": \"nobody-here\"}", bearer(),
            409, "'nobody-here' is not in the plan"));
  }

  private static List<String> bearer() {
    return List.of("Content-Type", "application/json", "Authorization", "Bearer " + Rooms.TOKEN);
  }

  /** One raw HTTP/1.1 request, for headers the JDK's client will not let a caller set ({@code Host}). */
  private static String raw(int port, String host, String origin, String body) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String head = "POST /chair/actions HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
          + "\r\nAuthorization: Bearer " + Rooms.TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: "
          + bytes.length + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void onAllAddressesTheConsoleActsFromTheAddressItWasReachedAtAndNoOther() throws Exception {
    RoomServer wide = RoomServer.start(room, new RoomServer.Options("0.0.0.0", 0, Rooms.TOKEN,
        Duration.ofMillis(200), 10, false));
    try {
      int port = wide.url().getPort();
      assertThat(wide.url()).hasToString("http://127.0.0.1:" + port + "/");
      String before = sitting();
      String foreign = raw(port, "plenary.lan:" + port, "http://evil.example", "{\"action\": \"next\"}");
      assertThat(foreign).startsWith("HTTP/1.1 403").contains("requests from http://evil.example are refused");
      assertThat(sitting()).isEqualTo(before);
      String rebound = raw(port, "evil.example:" + port, "http://plenary.lan:" + port, "{\"action\": \"next\"}");
      assertThat(rebound).startsWith("HTTP/1.1 403");
      assertThat(sitting()).isEqualTo(before);
      String lan = raw(port, "plenary.lan:" + port, "http://plenary.lan:" + port, "{\"action\": \"next\"}");
      assertThat(lan).startsWith("HTTP/1.1 200").contains("{\"version\":" + (room.log().size()) + "}");
      String local = raw(port, "127.0.0.1:" + port, "http://127.0.0.1:" + port, "{\"action\": \"end\"}");
      assertThat(local).startsWith("HTTP/1.1 200");
    } finally {
      wide.stop();
    }
  }

  @Test
  void onLoopbackAnOriginMatchingAForeignHostIsRefused() throws Exception {
    int port = server.url().getPort();
    String before = sitting();
    String rebound = raw(port, "evil.example:" + port, "http://evil.example:" + port, "{\"action\": \"next\"}");
    assertThat(rebound).startsWith("HTTP/1.1 403");
    assertThat(sitting()).isEqualTo(before);
  }

  static Stream<Arguments> refusedInTheChairsLanguage() {
    return Stream.of(
        Arguments.of("fr", "pause", "la séance est déjà suspendue, depuis 10:01"),
        Arguments.of("es", "next", "la sesión está suspendida desde las 10:01: reanúdela primero"),
        Arguments.of("ar", "end", "الجلسة معلّقة منذ 10:01: يُرجى استئنافها أولاً"),
        Arguments.of("en", "pause", "the sitting is already paused, since 10:01"));
  }

  @ParameterizedTest(name = "{1} while suspended, in {0}")
  @MethodSource("refusedInTheChairsLanguage")
  void aRefusalTheChairReadsIsInTheConsolesLanguage(String lang, String action, String reason) throws Exception {
    room.act(Action.of("pause"));
    String before = sitting();
    HttpResponse<String> r = Rooms.post(URI.create(server.url() + "chair/actions"), "{\"action\": \"" + action + "\"}",
        "Accept-Language", lang, null, null, bearer().toArray(new String[0]));
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).isEqualTo(reason + "\n");
    assertThat(r.headers().firstValue("Content-Language")).contains(lang);
    assertThat(sitting()).isEqualTo(before);
    room.act(Action.of("resume"));
    HttpResponse<String> notPaused = Rooms.post(URI.create(server.url() + "chair/actions"), "{\"action\": \"resume\"}",
        "Accept-Language", lang, null, null, bearer().toArray(new String[0]));
    assertThat(notPaused.body()).isEqualTo(Texts.of(Locale.forLanguageTag(lang)).text("refusal.not-paused") + "\n")
        .doesNotContain("{");
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refused")
  void aBadOrUnauthorisedActionIsRefusedInOneLineAndChangesNothing(String what, String body, List<String> headers,
      int status, String reason) throws Exception {
    room.act(Action.of("next"));
    String before = sitting();
    List<SittingEvent> logged = onDisk();
    HttpResponse<String> r = Rooms.post(URI.create(server.url() + "chair/actions"), body, null, null, null, null,
        headers.toArray(new String[0]));
    assertThat(r.statusCode()).as(what).isEqualTo(status);
    assertThat(r.body()).startsWith(reason).endsWith("\n");
    assertThat(r.body().strip()).doesNotContain("\n");
    assertThat(sitting()).isEqualTo(before);
    assertThat(onDisk()).isEqualTo(logged).isEqualTo(room.log());
    assertThat(room.version()).isEqualTo(logged.size());
    if (status == 401) {
      assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"chair\"");
    }
  }

  @Test
  void anActionIsOnDiskWhenItIsAcknowledged() throws Exception {
    HttpResponse<String> r = Rooms.act(server, "{\"action\": \"next\"}", "Origin", server.url().toString()
        .replaceAll("/$", ""));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("version").asLong()).isEqualTo(2);
    assertThat(onDisk()).extracting(SittingEvent::kind).containsExactly(SittingEvent.Kind.STARTED,
        SittingEvent.Kind.BEGAN);
    clock.advance(Duration.ofMinutes(1));
    for (String action : List.of("{\"action\": \"add-time\", \"seconds\": 45}", "{\"action\": \"pause\"}",
        "{\"action\": \"resume\"}", "{\"action\": \"absent\", \"then\": \"end-of-list\"}",
        "{\"action\": \"point-of-order\", \"delegation\": \"FRA\", \"seconds\": 30}",
        "{\"action\": \"right-of-reply\", \"delegation\": \"FRA\"}", "{\"action\": \"end\"}",
        "{\"action\": \"absent\", \"then\": \"skip\"}", "{\"action\": \"replan\"}")) {
      long before = room.version();
      r = Rooms.act(server, action);
      assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(200);
      long version = JSON.readTree(r.body()).get("version").asLong();
      assertThat(version).as(action).isGreaterThanOrEqualTo(before);
      assertThat(onDisk()).as(action).hasSizeGreaterThanOrEqualTo((int) version);
      clock.advance(Duration.ofSeconds(20));
    }
    assertThat(room.log()).extracting(SittingEvent::kind).contains(SittingEvent.Kind.TIME_ADDED,
        SittingEvent.Kind.PAUSED, SittingEvent.Kind.RESUMED, SittingEvent.Kind.MOVED_TO_END,
        SittingEvent.Kind.POINT_OF_ORDER, SittingEvent.Kind.RIGHT_OF_REPLY, SittingEvent.Kind.ENDED,
        SittingEvent.Kind.SKIPPED);
    assertThat(onDisk()).isEqualTo(room.log());
  }

  @Test
  void aLogThatCannotBeWrittenRefusesTheActionAndLeavesTheSittingAsItWas() throws Exception {
    String before = sitting();
    Path log = dir.resolve("sitting.json");
    Files.createDirectory(dir.resolve("sitting.json.next"));
    HttpResponse<String> r = Rooms.act(server, "{\"action\": \"next\"}");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).startsWith("the log could not be written (").endsWith("); nothing changed\n");
    assertThat(sitting()).isEqualTo(before);
    assertThat(onDisk()).isEqualTo(room.log());
    assertThat(log).exists();
  }

  private static JsonSchema schema() throws Exception {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = RoomServer.class.getResourceAsStream("state.schema.json")) {
      return factory.getSchema(in, config);
    }
  }

  @Test
  void theStateMeetsItsSchemaInEveryLanguageAtEveryTurnOfTheSitting() throws Exception {
    JsonSchema schema = schema();
    assertThat(JSON.readTree(Rooms.get(server, "state.schema.json").body()))
        .isEqualTo(JSON.readTree(RoomServer.class.getResourceAsStream("state.schema.json")));
    List<String> actions = List.of("{\"action\": \"next\"}", "{\"action\": \"pause\"}", "{\"action\": \"resume\"}",
        "{\"action\": \"add-time\", \"seconds\": 30}", "{\"action\": \"end\"}");
    int checked = 0;
    for (String action : actions) {
      assertThat(Rooms.act(server, action).statusCode()).as(action).isEqualTo(200);
      clock.advance(Duration.ofMinutes(7));
      for (Locale language : Texts.LANGUAGES) {
        HttpResponse<String> r = Rooms.get(server, "state?lang=" + language.toLanguageTag());
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode state = JSON.readTree(r.body());
        Set<ValidationMessage> errors = schema.validate(state);
        assertThat(errors).as(action + " in " + language + ": " + r.body()).isEmpty();
        assertThat(state.get("lang").asText()).isEqualTo(language.toLanguageTag());
        assertThat(state.get("version").asLong()).isEqualTo(room.version());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(30);
    JsonNode state = JSON.readTree(Rooms.get(server, "state").body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) state).remove("version");
    ((com.fasterxml.jackson.databind.node.ObjectNode) state).put("dir", "up");
    assertThat(schema.validate(state)).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("version")).anyMatch(m -> m.contains("dir"));
  }

  @Test
  void theStateSaysWhoSpeaksForHowLongAndWhenTheSittingEnds() throws Exception {
    Rooms.act(server, "{\"action\": \"next\"}");
    clock.advance(Duration.ofMinutes(4));
    Rooms.act(server, "{\"action\": \"add-time\", \"seconds\": 30}");
    clock.advance(Duration.ofMinutes(2));
    JsonNode s = JSON.readTree(Rooms.get(server, "state?lang=fr").body());
    assertThat(s.get("current").get("id").asText()).isEqualTo("opening-remarks");
    assertThat(s.get("current").get("delegation").asText()).isEqualTo("Co-facilitateurs sur la coopération");
    // five minutes, thirty seconds more, six spoken
    assertThat(s.get("current").get("timeLeftMillis").asLong()).isEqualTo(-30_000);
    assertThat(s.get("segment").get("title").asText()).isEqualTo("Ouverture par les co-facilitateurs");
    assertThat(s.get("next")).hasSize(3);
    assertThat(s.get("scheduledEnd").asText()).isEqualTo("2019-12-05T11:00:00Z");
    assertThat(s.get("lateMillis").asLong()).isEqualTo(java.time.Duration.between(
        room.now().hardEnd(), room.now().projectedEnd()).toMillis());
    assertThat(s.get("at").asText()).isEqualTo(clock.instant().toString());
  }

  @Test
  void theReadersLanguageComesFromTheQueryThenAcceptLanguageThenEnglish() throws Exception {
    assertThat(lang(Rooms.get(server, "?lang=ar"))).isEqualTo("ar rtl");
    assertThat(lang(Rooms.get(server, "chair?lang=zh-Hans-CN", "Accept-Language", "fr"))).isEqualTo("zh ltr");
    assertThat(lang(Rooms.get(server, "", "Accept-Language", "de-CH, fr-CA;q=0.8, ru;q=0.9"))).isEqualTo("ru ltr");
    assertThat(lang(Rooms.get(server, "", "Accept-Language", "de, nl;q=0.5"))).isEqualTo("en ltr");
    assertThat(lang(Rooms.get(server, "", "Accept-Language", ";;garbage"))).isEqualTo("en ltr");
    assertThat(lang(Rooms.get(server, ""))).isEqualTo("en ltr");
    HttpResponse<String> german = Rooms.get(server, "state?lang=de");
    assertThat(german.statusCode()).isEqualTo(400);
    assertThat(german.body()).isEqualTo("lang 'de' is not one of ar, zh, en, fr, ru, es\n");
    assertThat(JSON.readTree(Rooms.get(server, "state", "Accept-Language", "es-MX").body()).get("lang").asText())
        .isEqualTo("es");
  }

  private static String lang(HttpResponse<String> page) {
    Document d = Jsoup.parse(page.body());
    return d.selectFirst("html").attr("lang") + " " + d.selectFirst("html").attr("dir");
  }

  @Test
  void thePagesComeFromThisServerAloneWithAStrictPolicy() throws Exception {
    for (String path : List.of("", "chair")) {
      HttpResponse<String> page = Rooms.get(server, path + "?lang=fr");
      assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
          .contains("default-src 'none'").contains("script-src 'self'").contains("connect-src 'self'");
      Document d = Jsoup.parse(page.body());
      assertThat(d.select("script[src], link[href]")).extracting(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
          .containsExactlyInAnyOrder("/room.js", "/room.css");
      assertThat(d.select("script:not([src])")).isEmpty();
      assertThat(d.select("[style], [onclick], [onload]")).isEmpty();
      assertThat(d.title()).isEqualTo((path.isEmpty() ? "Liste des orateurs" : "Console de la présidence")
          + " — Séance plénière sur la coopération");
    }
    assertThat(Rooms.get(server, "room.js").headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
    assertThat(Rooms.get(server, "room.css").body()).contains("dir=\"rtl\"");
    assertThat(Rooms.get(server, "nowhere").statusCode()).isEqualTo(404);
    HttpResponse<String> post = Rooms.post(server.url(), "{}", "Content-Type", "application/json", null, null);
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET");
    assertThat(Rooms.get(server, "chair/actions").statusCode()).isEqualTo(405);
    assertThat(Rooms.get(server, "bench/echo").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileNamesAreTextOnThePages() throws Exception {
    server.stop();
    room = Room.open(Rooms.hostile(), RuleSet.of(), Fit.waitList(), clock, Optional.empty(), 1);
    server = Rooms.serve(room);
    Document console = Jsoup.parse(Rooms.get(server, "chair").body());
    assertThat(console.select("#delegation-select option")).anySatisfy(o -> {
      assertThat(o.text()).isEqualTo(Rooms.HOSTILE.replace('\u0007', '\ufffd'));
      assertThat(o.attr("value")).isEqualTo("EVIL");
    });
    assertThat(console.select("script")).hasSize(1);
    assertThat(console.select("img")).isEmpty();
    assertThat(Rooms.act(server, "{\"action\": \"next\", \"speaker\": \"r1\"}").statusCode()).isEqualTo(200);
    JsonNode state = JSON.readTree(Rooms.get(server, "state").body());
    assertThat(state.get("current").get("delegation").asText()).isEqualTo(Rooms.HOSTILE.replace('\u0007', '\ufffd'));
    assertThat(state.get("current").get("name").asText()).isEqualTo(Rooms.HOSTILE.replace('\u0007', '\ufffd'));
  }

  @Test
  void theBundlesOfEveryLanguageHaveTheKeysOfEnglish() {
    List<String> english = Texts.of(Locale.ENGLISH).keys().stream().sorted().toList();
    assertThat(english).hasSizeGreaterThan(25);
    for (Locale language : Texts.LANGUAGES) {
      java.util.ResourceBundle own = java.util.ResourceBundle.getBundle("org.plenary.examples.room.room", language,
          java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
      assertThat(own.getLocale()).as(language.toString()).isEqualTo(language.equals(Locale.ENGLISH) ? Locale.ROOT : language);
      assertThat(Texts.of(language).keys().stream().sorted().toList()).as(language.toString()).isEqualTo(english);
      for (String key : english) {
        String text = Texts.of(language).text(key);
        assertThat(text).as(language + " " + key).isNotBlank();
        assertThat(text.contains("{0}")).as(language + " " + key).isEqualTo(Texts.of(Locale.ENGLISH).text(key).contains("{0}"));
        if (!language.equals(Locale.ENGLISH) && !key.equals("min")) {
          assertThat(text).as(language + " " + key + " is translated").isNotEqualTo(Texts.of(Locale.ENGLISH).text(key));
        }
      }
    }
  }
}
