package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;
import org.plenary.export.intake.IntakeReport;

/**
 * What the main job publishes for people to read, read as they would: the agendas, run sheets and
 * intake reports in the six languages, the acknowledgements in the outbox, and the human columns of
 * the speakers' CSV in the six languages. None shows a zone id, an ISO duration or a segment's id;
 * the venue's time is named by the venue; a title or a rank never stands for a speaker; a refused
 * request is not on the published waiting list; the run sheet cuts no name short.
 */
class PublishedTextsTest {

  /** Any IANA zone id of a region and a city, "Europe/Amsterdam" among them. */
  private static final Pattern ZONE_ID = Pattern.compile(
      "\\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_+-]+");
  private static final Pattern ISO_DURATION = Pattern.compile("PT\\d");
  /** The columns of the CSV meant for programs: ids and ISO-8601 times and durations. */
  private static final Set<Integer> MACHINE_COLUMNS = Set.of(0, 1, 4, 5, 12, 14, 16);
  private static final Map<String, String> VENUE_TIME = Map.of("ar", "بتوقيت لاهاي", "zh", "海牙时间",
      "en", "The Hague time", "fr", "heure de La Haye", "ru", "Гаага, местное время", "es", "hora de La Haya");

  @TempDir
  static Path out;

  /** Each text a person reads, by file name, with the language it is in. */
  static final Map<String, Text> TEXTS = new LinkedHashMap<>();
  static Plenary plenary;
  static Plan plan;

  record Text(String language, String content) {}

  @BeforeAll
  static void runTheMainJob() throws Exception {
    plan = Asp18Main.plan();
    plenary = plan.plenary();
    Asp18Main.writeAll(plan.timetable(), out);
    IntakeReport.of(Asp18.intake(), Asp18.plenary(), Asp18.MAILBOX).writeAll(out);
    Asp18Main.acknowledgements(plan).write(Asp18.intake(), out);
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String lang = l.toLanguageTag();
      for (String name : List.of("agenda." + lang + ".md", "agenda." + lang + ".html", "runsheet." + lang + ".txt",
          "intake." + lang + ".md")) {
        TEXTS.put(name, new Text(lang, Files.readString(out.resolve(name), StandardCharsets.UTF_8)));
      }
      Path csv = out.resolve("speakers." + lang + ".csv");
      try (OutputStream os = Files.newOutputStream(csv)) {
        Exporters.byFormat("csv").write(plan.timetable(), ExportOptions.in(l), os);
      }
      TEXTS.put(csv.getFileName().toString(), new Text(lang, humanColumns(Files.readString(csv, StandardCharsets.UTF_8))));
    }
    try (Stream<Path> s = Files.list(out.resolve("outbox"))) {
      for (Path f : s.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
          TEXTS.put("outbox/" + f.getFileName(), new Text(m.getContentLanguage()[0],
              m.getSubject() + "\n" + m.getContent()));
        }
      }
    }
  }

  /** The cells of the CSV's human columns, one record a line, read with Commons CSV. */
  private static String humanColumns(String csv) throws Exception {
    StringBuilder text = new StringBuilder();
    try (CSVParser p = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        assertThat(r.size()).isEqualTo(18);
        for (int i = 0; i < r.size(); i++) {
          if (!MACHINE_COLUMNS.contains(i)) {
            text.append(r.get(i)).append(" | ");
          }
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void everyTextIsReadInTheSixLanguagesAndTheOutbox() {
    assertThat(TEXTS.values().stream().map(Text::language).distinct())
        .containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es");
    assertThat(TEXTS.keySet().stream().filter(n -> n.startsWith("outbox/"))).hasSize(51);
    assertThat(TEXTS).hasSize(6 * 5 + 51);
  }

  @Test
  void noTextShowsAZoneIdAnIsoDurationOrASegmentId() {
    List<String> found = new ArrayList<>();
    TEXTS.forEach((name, text) -> {
      find(ZONE_ID, text.content(), name, found);
      find(ISO_DURATION, text.content(), name, found);
      for (Segment s : plenary.segments()) {
        if (!wordOfThePlenary(s.id(), text.language())) {
          find(Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(s.id()) + "(?![\\p{L}\\p{N}-])"),
              text.content(), name, found);
        }
      }
    });
    assertThat(found).isEmpty();
  }

  /**
   * Whether {@code id} is a word of the plenary's own titles and objectives in {@code language}
   * ("floor" in "The floor: ...", "high-level" in "Statements by high-level speakers"): there it
   * cannot be told from the wording, and is not looked for.
   */
  private static boolean wordOfThePlenary(String id, String language) {
    Locale l = Locale.forLanguageTag(language);
    Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}-])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return plenary.segments().stream().anyMatch(s -> word.matcher(s.title().in(l)).find()
        || s.objective().map(o -> word.matcher(o.in(l)).find()).orElse(false));
  }

  private static void find(Pattern p, String text, String name, List<String> found) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 30);
      found.add(name + ": …" + text.substring(from, Math.min(text.length(), m.end() + 30)) + "…");
    }
  }

  @Test
  void theVenuesTimeIsNamedByTheVenueInEachLanguage() {
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String lang = l.toLanguageTag();
      String heading = TEXTS.get("agenda." + lang + ".md").content().lines().filter(x -> x.contains("12:00"))
          .findFirst().orElseThrow();
      assertThat(heading).as(lang).contains(VENUE_TIME.get(lang));
      // the deadline in the reasons of the late requests
      assertThat(TEXTS.get("runsheet." + lang + ".txt").content()).as(lang).contains(VENUE_TIME.get(lang));
    }
    assertThat(TEXTS.get("outbox/0001-sen.eml").content()).contains("à 9 h 00 (heure de La Haye)");
  }

  @Test
  void aTitleOrARankIsNoSpeakerAndHasItsOwnColumn() {
    String en = TEXTS.get("agenda.en.md").content();
    assertThat(en).contains("| Time | Delegation | Rank or function | Statement | Speaking time |",
        "| 10:05 | Finland | Head of Government |   | 5 min |",
        "| 10:45 | International Criminal Court |   | Priorities and challenges: voluntary cooperation and arrests | 15 min |")
        .doesNotContain("| Speaker |");
    assertThat(TEXTS.get("agenda.fr.md").content()).contains("| 10:10 | Sénégal | Ministre |   | 5 min |");
    assertThat(TEXTS.get("runsheet.en.txt").content()).contains("10:05  Finland (Head of Government)")
        .doesNotContain("Head of Government (Finland)");
  }

  @Test
  void theCsvNamesNoFalseSpeakerOrRankAndReadsBesideItsIds() throws Exception {
    List<CSVRecord> rows;
    String csv = Files.readString(out.resolve("speakers.csv"), StandardCharsets.UTF_8);
    try (CSVParser p = CSVParser.parse(new StringReader(csv.substring(1)),
        CSVFormat.RFC4180.builder().setHeader().get())) {
      rows = p.getRecords();
    }
    CSVRecord chair = rows.get(0);
    assertThat(chair.get("delegation")).isEqualTo("Co-facilitators on cooperation");
    assertThat(chair.get("rank")).isEmpty();
    assertThat(chair.get("segment")).isEqualTo("opening");
    assertThat(chair.get("segment title")).isEqualTo("Opening by the co-facilitators");
    assertThat(chair.get("allotted")).isEqualTo("PT5M");
    assertThat(chair.get("time allotted")).isEqualTo("5 min");
    CSVRecord finland = rows.get(1);
    assertThat(finland.get("speaker")).isEmpty();
    assertThat(finland.get("rank")).isEqualTo("Head of Government");
    CSVRecord court = rows.stream().filter(r -> r.get("delegation").equals("International Criminal Court"))
        .findFirst().orElseThrow();
    assertThat(court.get("speaker")).isEmpty();
    assertThat(court.get("statement")).isEqualTo("Priorities and challenges: voluntary cooperation and arrests");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("speaker")).isEmpty());
  }

  @Test
  void aRefusedRequestIsNotOnThePublishedWaitingListButTheRunSheetTellsIt() {
    WaitingEntry refused = plan.waitingList().stream().filter(w -> !w.mayStillSpeak()).toList().get(0);
    assertThat(refused.status()).isEqualTo(Decision.Kind.REFUSED);
    assertThat(refused.speech().speaker().delegation().id()).isEqualTo("FRA");
    assertThat(plan.waitingList().stream().filter(WaitingEntry::mayStillSpeak)).hasSize(26)
        .allSatisfy(w -> assertThat(w.status()).isEqualTo(Decision.Kind.WAIT_LISTED));
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String lang = l.toLanguageTag();
      String france = refused.speech().speaker().delegation().name().in(l);
      String agenda = TEXTS.get("agenda." + lang + ".md").content();
      String waiting = agenda.substring(agenda.indexOf("| 1 |"));
      assertThat(waiting.lines().filter(x -> x.startsWith("| ")).filter(x -> x.contains("| " + france + " |")))
          .as(lang).isEmpty();
    }
    String sheet = TEXTS.get("runsheet.en.txt").content();
    assertThat(sheet).contains("Waiting list (26)", "Requests refused (1)\n  1. France ");
    assertThat(TEXTS.get("runsheet.fr.txt").content()).contains("Demandes refusées (1)\n  1. France ");
  }

  @Test
  void theFrenchAndTheEnglishReadAsTheirReadersWrite() {
    String fr = String.join("\n", TEXTS.entrySet().stream()
        .filter(e -> e.getValue().language().equals("fr")).map(e -> e.getValue().content()).toList());
    assertThat(fr).doesNotContain("France intervient", "Refusé ", "Mis en attente", "segment \u00ab\u00a0Segment", "segment \u00ab\u00a0\u2068Segment",
        "Réservé tant qu").contains("Refusée par la règle d'une seule intervention par délégation : cette "
            + "délégation (France) intervient déjà", "Mise en attente par", "fin de \u00ab\u00a0Segment I :");
    String en = String.join("\n", TEXTS.entrySet().stream()
        .filter(e -> e.getValue().language().equals("en")).map(e -> e.getValue().content()).toList());
    assertThat(en).doesNotContain("Held for them as long as they ask for it", "speaks number", "keep to it",
        "cut to it", "the time left is held").contains("Held in reserve: 3 places for observer States",
            "Wait-listed by the reserve: what is left is held for observer States");
  }

  @Test
  void theRunSheetWrapsNamesAndTitlesRatherThanCuttingThem() {
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String sheet = TEXTS.get("runsheet." + l.toLanguageTag() + ".txt").content();
      assertThat(sheet).as(l.toLanguageTag()).doesNotContain("\u2026");
    }
    assertThat(TEXTS.get("runsheet.en.txt").content()).contains(
        "10:25  First speaker (inter-State initiative), to be        10 min",
        "\n       announced\n");
  }
}
