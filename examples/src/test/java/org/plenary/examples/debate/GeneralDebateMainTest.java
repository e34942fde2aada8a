package org.plenary.examples.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.export.frab.FrabXml;
import org.plenary.export.json.ChangesJson;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release;
import org.plenary.fixtures.ReferenceFormats;

class GeneralDebateMainTest {

  private static final DebateSeries DEBATE = DebateSeries.load();

  @TempDir
  Path out;

  @Test
  void fourMeetingsOverTwoDaysShareOneListAndNobodyIsLost() {
    assertThat(DEBATE.series().meetings()).hasSize(4);
    assertThat(DEBATE.requests()).hasSize(120);
    Release second = DEBATE.second();
    SeriesPlan plan = second.plan();
    Map<String, Integer> seen = new HashMap<>();
    for (Plan p : plan.meetings()) {
      assertThat(!p.timetable().slack().isNegative()).isTrue();
      assertThat(p.errors()).as(p.report(Locale.ENGLISH)).isEmpty();
      for (Slot s : p.slots()) {
        s.request().ifPresent(r -> seen.merge(r.id(), 1, Integer::sum));
      }
    }
    plan.waitingList().forEach(w -> seen.merge(w.id(), 1, Integer::sum));
    assertThat(seen).hasSize(124).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
    assertThat(plan.meeting(0).waitingList()).allMatch(w -> w.status() == Decision.Kind.CARRIED_OVER);
    assertThat(plan.meeting(0).waitingList().get(0).decidedBy().message().in(Locale.ENGLISH))
        .startsWith("Carried over to the afternoon meeting on Monday, 2 December 2019");
    List<String> late = plan.meeting(3).slots("debate").stream().map(Slot::id).toList();
    assertThat(late).as("late requests speak after those on time, at the last meeting")
        .endsWith("gd-121", "gd-122", "gd-125", "gd-127", "gd-128", "gd-126", "gd-124", "gd-123");
  }

  @Test
  void theSecondReleaseSaysWhoWithdrewWhoCameAndWhoMoved() {
    Changes c = DEBATE.changes();
    assertThat(c.changes().stream().filter(x -> x.kinds().contains(Change.Kind.WITHDRAWN)).toList()).extracting(Change::id)
        .containsExactlyInAnyOrder("gd-7", "gd-33", "gd-58", "gd-91");
    assertThat(c.changes().stream().filter(x -> x.kinds().contains(Change.Kind.ADDED)).toList()).hasSize(8).allSatisfy(ch -> assertThat(ch.decision().orElseThrow().ruleId())
        .isEqualTo("deadline.registration"));
    assertThat(c.changes().stream().filter(x -> x.kinds().contains(Change.Kind.MOVED)).toList()).isNotEmpty();
    for (RequestToSpeak r : DEBATE.requests()) {
      boolean gone = List.of("gd-7", "gd-33", "gd-58", "gd-91").contains(r.id());
      assertThat(DEBATE.second().placement(r.id()).isEmpty()).isEqualTo(gone);
    }
  }

  /** Runs the main job into {@code folder}, checking what it prints rather than letting it into the build log. */
  private static void run(Path folder) throws Exception {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    GeneralDebateMain.run(new String[] {folder.toString()},
        new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("Meeting 1, 2019-12-02 10:00-13:00: ")
        .endsWith("Exports written to " + folder.toAbsolutePath().normalize() + System.lineSeparator());
  }

  @Test
  void writesEveryExportOfTheSecondReleaseAndTheyReadBack() throws Exception {
    run(out);
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSize(4 * 3 * 6 + 2 * 6 + 4).contains("overview.fr.md", "agenda.meeting-4.en.html",
        "runsheet.meeting-2.fr.txt", "general-debate.ics", "schedule.xml", "schedule.json", "changes.json");

    SchemaFactory xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    xsd.newSchema(FrabXml.class.getResource("schedule.xsd")).newValidator()
        .validate(new StreamSource(out.resolve("schedule.xml").toFile()));
    Optional<Path> reference = ReferenceFormats.find("schedule.xml.xsd");
    if (reference.isPresent()) {
      xsd.newSchema(reference.get().toFile()).newValidator().validate(new StreamSource(out.resolve("schedule.xml").toFile()));
    }
    String xml = Files.readString(out.resolve("schedule.xml"));
    assertThat(xml).contains("<version>2</version>").contains("<days>2</days>")
        .contains("date=\"2019-12-02\"").contains("date=\"2019-12-03\"");

    Calendar cal;
    try (InputStream in = Files.newInputStream(out.resolve("general-debate.ics"))) {
      cal = new CalendarBuilder().build(in);
    }
    int items = DEBATE.second().plan().meetings().stream()
        .mapToInt(p -> p.timetable().segments().size() + p.slots().size()).sum();
    assertThat(cal.getComponents(Component.VEVENT)).hasSize(items);

    Changes back = ChangesJson.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve("changes.json"))));
    assertThat(back).isEqualTo(DEBATE.changes());
    assertThat(Files.readString(out.resolve("agenda.meeting-1.fr.md")))
        .contains("## Modifications depuis la version 1").contains("**Version 2**");
  }

  @Test
  void theExportsAreTheSameBytesUnderAnotherLocaleAndZone(@TempDir Path other) throws Exception {
    run(out);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      run(other);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        assertThat(Files.readAllBytes(other.resolve(f.getFileName()))).as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void aBadValueInTheConfigurationIsRefusedWithItsKeyAndValue() throws Exception {
    Properties p = new Properties();
    try (InputStream in = DebateSeries.class.getResourceAsStream("general-debate.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    Properties meetings = (Properties) p.clone();
    meetings.setProperty("meetings", "2019-12-02 10:00 PT3H, 2019-12-02 25:00 PT3H");
    assertThatThrownBy(() -> DebateSeries.of(meetings)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("general-debate.properties: meetings = '25:00' cannot be read");
    Properties overlap = (Properties) p.clone();
    overlap.setProperty("meetings", "2019-12-02 10:00 PT3H, 2019-12-02 12:00 PT3H");
    assertThatThrownBy(() -> DebateSeries.of(overlap)).hasMessageContaining("meeting 2 (2019-12-02 12:00) starts"
        + " before meeting 1");
    Properties withdrawn = (Properties) p.clone();
    withdrawn.setProperty("release.2.withdrawn", "gd-7, gd-700");
    assertThatThrownBy(() -> DebateSeries.of(withdrawn).second())
        .hasMessage("general-debate.properties: release.2.withdrawn = 'gd-7, gd-700' names requests that are not"
            + " on the list: [gd-700]");
    Properties missing = (Properties) p.clone();
    missing.remove("zone");
    assertThatThrownBy(() -> DebateSeries.of(missing)).hasMessage("general-debate.properties: zone = 'null' is missing");
  }
}
