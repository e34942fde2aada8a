package org.plenary.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.text.Bundle;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.text.LocalizedText;

/** The small things JShell users and exporters read: labels, texts, accessors, and the checks behind them. */
class ModelDetailsTest {

  @TempDir
  Path dir;

  @Test
  void labelsAndTextsReadWellInBothLanguages() {
    assertThat(ProtocolRank.MINISTER.label().in(Locale.FRENCH)).isEqualTo("Ministre");
    assertThat(Constituency.COURT).hasToString("court");
    assertThat(LocalizedText.of("Kenya")).hasToString("Kenya");
    assertThat(LocalizedText.of("Court", "Cour").languageIn(Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(Dates.day(LocalDate.of(2019, 12, 5)).english()).isEqualTo("Thursday, 5 December 2019");
    assertThat(Dates.day(LocalDate.of(2019, 12, 5)).in(Locale.FRENCH)).isEqualTo("jeudi 5 décembre 2019");
    Venue hague = Venue.of(LocalizedText.of("The Hague", "La Haye"), ZoneId.of("Europe/Amsterdam"));
    assertThat(Dates.moment(ZonedDateTime.of(2019, 12, 3, 0, 0, 0, 0, hague.zone()), hague.time()).in(Locale.FRENCH))
        .isEqualTo("mardi 3 décembre 2019 à 00:00 (heure de La Haye)");
    assertThat(hague.time().english()).isEqualTo("The Hague time");
    assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1 h");
    assertThat(Durations.format(Duration.ofSeconds(3599))).isEqualTo("59 min 59 s");
    assertThat(Durations.format(Duration.ofSeconds(3661))).isEqualTo("1 h 1 min 1 s");
    assertThat(Durations.signed(Duration.ZERO)).isEqualTo("0 min");
    assertThat(Registration.of("a@b.org", LocalDate.of(2019, 12, 3)))
        .hasToString("Registration{address=a@b.org, deadline=2019-12-03}");
    assertThat(Venue.of(LocalizedText.of("The Hague"), ZoneId.of("Europe/Amsterdam")))
        .hasToString("Venue{name=The Hague, zone=Europe/Amsterdam}");
    assertThat(Theme.of("arrests", LocalizedText.of("Arrests"))).hasToString("Theme{id=arrests, title=Arrests}");
    assertThat(Bundle.load("b", name -> new java.io.ByteArrayInputStream("k=v\n".getBytes())))
        .hasToString("Bundle[b, 1 key]");
  }

  @Test
  void everyIdIsChecked() {
    Speaker s = Speaker.of(Sample.delegation("K", Constituency.STATE_PARTY));
    assertThatThrownBy(() -> Intervention.of("a b", s, Duration.ofMinutes(1)))
        .hasMessageStartingWith("intervention id 'a b' must be 1 to 64");
    assertThatThrownBy(() -> Segment.builder().id("").title(LocalizedText.of("x")).build())
        .hasMessageStartingWith("segment id '' must be 1 to 64");
    assertThatThrownBy(() -> Theme.of("no way", LocalizedText.of("x"))).hasMessageStartingWith("theme id 'no way'");
    assertThatThrownBy(() -> RequestToSpeak.builder().from(Sample.requests(1, 1).get(0)).id("?").build())
        .hasMessageStartingWith("request id '?' must be 1 to 64");
    assertThatThrownBy(() -> RequestToSpeak.builder().from(Sample.requests(1, 1).get(0)).duration(Duration.ZERO).build())
        .hasMessage("duration of request 'r0' (PT0S) must be positive");
    assertThatThrownBy(() -> Registration.of(" ", LocalDate.of(2019, 12, 3)))
        .hasMessage("registration address (' ') must not be blank");
    assertThatThrownBy(() -> Finding.builder().ruleId("r").severity(org.plenary.core.plan.Finding.Severity.INFO).subject("")
        .message(LocalizedText.of("m")).reason(LocalizedText.of("r")).build())
        .hasMessage("finding subject ('') must not be blank");
    assertThatThrownBy(() -> LocalizedText.of(java.util.Map.of("en", "x", "EN", "y")))
        .hasMessage("language 'EN' is not a BCP 47 language tag in its usual form, such as 'en', 'zh' or 'zh-Hant'");
    Intervention a = Intervention.of("a", s, Duration.ofMinutes(1));
    assertThatThrownBy(() -> Segment.builder().id("s").title(LocalizedText.of("x")).addInterventions(a, a).build())
        .hasMessage("intervention id 'a' is used twice");
    Plenary p = Sample.plenary();
    assertThatThrownBy(() -> Plenary.builder().from(p).addThemes(Theme.of("t", LocalizedText.of("t")),
        Theme.of("t", LocalizedText.of("u"))).build()).hasMessage("theme id 't' is used twice");
    assertThatThrownBy(() -> Plenary.builder().from(p).workingLanguages(List.of()).build())
        .hasMessage("workingLanguages ([]) must not be empty");
    assertThat(Plenary.builder().from(p).budget(Duration.ofHours(24)).build().budget()).isEqualTo(Duration.ofHours(24));
    assertThat(Intervention.of("b", s, Duration.ofHours(24)).duration()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void constituenciesComeFromDelegations() {
    RequestToSpeak r = Sample.requests(1, 1).get(0);
    assertThat(r.constituency()).isEqualTo(r.speaker().delegation().constituency());
    assertThat(r.toIntervention().constituency()).isEqualTo(r.constituency());
  }

  @Test
  void aTimetableGivesSegmentTimesAndSlack() {
    Plenary base = Sample.plenary();
    Segment briefing = Segment.builder().from(base.requiredSegment("briefing")).allotment(Duration.ofMinutes(30)).build();
    Plenary p = Plenary.builder().from(base).segments(List.of(base.segments().get(0), briefing, base.segments().get(2)))
        .build();
    Planner planner = Planner.of(RuleSet.of());
    Timetable t = planner.plan(p, List.of()).timetable();
    Timetable.SegmentTimes b = t.segments().get(1);
    assertThat(b.segment().id()).isEqualTo("briefing");
    assertThat(b.start().toLocalTime()).hasToString("15:05");
    assertThat(b.end().toLocalTime()).hasToString("15:30");
    assertThat(b.subtotal()).isEqualTo(Duration.ofMinutes(25));
    assertThat(t.end().toLocalTime()).hasToString("15:30");
    assertThat(t.plan().slot("nobody")).isEmpty();
  }

  @Test
  void aRuleSetLoadsFromAFile() throws Exception {
    Path file = dir.resolve("echo.properties");
    Files.writeString(file, "rules = test.echo\ntest.echo.text = é\n");
    assertThat(RuleSet.load(file).rules()).extracting(Rule::id).containsExactly("test.echo");
    Files.writeString(file, "rules = test.echo\ntest.echo.text = \\uZZZZ\n");
    assertThatThrownBy(() -> RuleSet.load(file)).hasMessageContaining("is malformed");
  }

  @Test
  void aSittingReadsWellAndItsStrategiesCompose() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), Sample.requests(40, 2));
    TestClock clock = TestClock.at(plan.plenary().startInstant().minusSeconds(600));
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    assertThat(s.now().projectedEnd().toInstant()).isAfter(plan.plenary().startInstant());
    String poo = s.pointOfOrder(Speaker.of(Sample.delegation("P", Constituency.STATE_PARTY)), Duration.ofMinutes(1));
    assertThat(s.plan().slots().get(0).id()).isEqualTo(poo);
    assertThat(s.began(poo)).isSameAs(s);
    clock.advance(Duration.ofMinutes(1));
    assertThat(s.ended(poo)).isSameAs(s);
    Moment m = s.now();
    assertThat(m.at().toInstant()).isEqualTo(clock.instant());
    assertThat(m.currentBegan()).isEmpty();
    assertThat(m.remaining()).hasSize(plan.slots().size());
    assertThat(m.hardEnd().toInstant()).isEqualTo(plan.plenary().hardEnd());
    assertThat(s.skipped("r0")).isSameAs(s);
    assertThat(s.addFromTheFloor(Intervention.of("late", Speaker.of(Sample.delegation("L", Constituency.CHAIR)),
        Duration.ofMinutes(1)), "floor")).isSameAs(s);
    assertThatThrownBy(() -> s.addFromTheFloor(Intervention.of("x", Speaker.of(Sample.delegation("L", Constituency.CHAIR)),
        Duration.ofMinutes(1)), "attic")).hasMessageEndingWith("segment 'attic' does not exist");
    assertThatThrownBy(() -> s.skipped(poo)).hasMessageEndingWith("'" + poo + "' has already taken the floor");
    assertThat(s.toString()).startsWith("Sitting of \"Sample sitting\": 14:51: 1 done, next open");
    assertThat(s.log().get(1).toString()).endsWith(" point_of_order");
    Fit fit = Fit.shorten(Duration.ofMinutes(1)).inSteps(Duration.ofSeconds(30));
    assertThat(fit).hasToString("shorten to 1 min in steps of 30 s")
        .isEqualTo(Fit.shorten(Duration.ofMinutes(1)).inSteps(Duration.ofSeconds(30)))
        .hasSameHashCodeAs(Fit.shorten(Duration.ofMinutes(1)).inSteps(Duration.ofSeconds(30)))
        .isNotEqualTo(Fit.waitList());
    Plan after = s.replan(fit);
    assertThat(after.slots()).flatExtracting(Slot::decisions).filteredOn(d -> d.ruleId().equals("replan.shorten"))
        .isNotEmpty().allSatisfy(d -> assertThat(d.message().in(Locale.FRENCH))
            .contains("le réaménagement pour finir à l'heure"));
    assertThat(after.findings()).extracting(Finding::ruleId).contains("replan.shorten");
  }

  @Test
  void aReplayedSittingKeepsCountingItsPointsOfOrder() {
    Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of());
    TestClock clock = TestClock.at(plan.plenary().startInstant());
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    Speaker p = Speaker.of(Sample.delegation("P", Constituency.STATE_PARTY));
    s.pointOfOrder(p, Duration.ofMinutes(1));
    s.rightOfReply(p, Duration.ofMinutes(1), "floor");
    Sitting again = Sitting.replay(plan, RuleSet.of(), s.log(), Clock.fixed(clock.instant(), ZoneId.of("UTC")));
    assertThat(again.pointOfOrder(p, Duration.ofMinutes(1))).isEqualTo("point-of-order-3");
    assertThat(Optional.of(again.plan().slots("floor").get(0).id())).contains("right-of-reply-2");
  }
}
