package org.plenary.export;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** Plans for the exporters' tests: the sample plenary, and the same with hostile names and titles. */
public final class Fixtures {

  /** The plan's clock: 1 March 2021, 09:00 UTC. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T09:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /**
   * The rules of the samples: statements on the floor cut to four minutes, and room for all but the
   * last two requests, so that plans carry decisions, a waiting list and findings.
   */
  public static RuleSet rules(int n) {
    Rule limit = Rule.of("test.limit", LocalizedText.of("the floor's limit", "la limite du débat"),
        LocalizedText.of("the test", "l'essai"), d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(4)));
    Rule room = Rule.of("test.room", LocalizedText.of("the floor's places", "les places du débat"),
        LocalizedText.of("the test", "l'essai"), d -> d.capacity(Selector.segments("floor"), Math.max(1, n - 2)));
    return RuleSet.of(limit, room);
  }

  /** The sample plenary with {@code n} requests, planned under {@link #rules}: the last two wait. */
  public static Timetable sample(int n) {
    return Planner.of(rules(n)).withClock(CLOCK).plan(Sample.plenary(), Sample.requests(n, 42)).timetable();
  }

  /**
   * A plan in which {@code text} is the name of a speaker and a delegation, the title of a segment
   * and the French title of the plenary.
   */
  public static Timetable hostile(String text) {
    Plenary base = Sample.plenary();
    List<Segment> segments = new ArrayList<>(base.segments());
    Segment floor = Segment.builder().from(base.requiredSegment("floor"))
        .title(LocalizedText.of(text, text)).objective(LocalizedText.of(text)).build();
    segments.set(2, floor);
    Plenary p = Plenary.builder().from(base).title(LocalizedText.of(text, text)).segments(segments).build();
    Delegation d = Delegation.of("H1", LocalizedText.of(text), Constituency.CIVIL_SOCIETY);
    RequestToSpeak r = RequestToSpeak.builder().id("r0").segment("floor").duration(Duration.ofMinutes(3))
        .received(Sample.DEADLINE.minusDays(1).atStartOfDay(Sample.ZONE).toInstant())
        .speaker(Speaker.builder().name(text).delegation(d).build()).build();
    Plan plan = Planner.of(RuleSet.of()).withClock(CLOCK).plan(p, List.of(r));
    return plan.timetable();
  }

  /**
   * Three meetings of 90 minutes across the end of summer time in Amsterdam (27 October 2019):
   * Saturday morning and afternoon, Monday morning; {@code n} requests of which whoever does not fit
   * is carried over, under a budget that waits-lists.
   */
  public static SeriesPlan series(int n, long seed) {
    return Planner.of(seriesRules()).withClock(CLOCK).plan(meetings(), Sample.requests(n, seed));
  }

  /** The three meetings of {@link #series}. */
  public static Series meetings() {
    return Series.of(List.of(
        Sample.plenary(LocalDate.of(2019, 10, 26), LocalTime.of(10, 0), Duration.ofMinutes(90)),
        Sample.plenary(LocalDate.of(2019, 10, 26), LocalTime.of(15, 0), Duration.ofMinutes(90)),
        Sample.plenary(LocalDate.of(2019, 10, 28), LocalTime.of(10, 0), Duration.ofMinutes(90))));
  }

  /** The rules of {@link #series}: the floor's limit and the meeting's budget. */
  public static RuleSet seriesRules() {
    Rule limit = Rule.of("test.limit", LocalizedText.of("the floor's limit", "la limite du débat"),
        LocalizedText.of("the test", "l'essai"), d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(4)));
    Rule budget = Rule.of("test.budget", LocalizedText.of("the budget", "le temps prévu"),
        LocalizedText.of("the test", "l'essai"), d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
            Fit.waitList()));
    return RuleSet.of(limit, budget);
  }

  /** The timetables of {@code plan}'s meetings. */
  public static List<Timetable> timetables(SeriesPlan plan) {
    return plan.meetings().stream().map(Plan::timetable).toList();
  }

  /** The bytes as a stream. */
  public static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Options in English and French. */
  public static List<ExportOptions> bothLanguages() {
    return List.of(ExportOptions.in(Locale.ENGLISH), ExportOptions.in(Locale.FRENCH));
  }
}
