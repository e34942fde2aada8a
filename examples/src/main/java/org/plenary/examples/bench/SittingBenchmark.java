package org.plenary.examples.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.Reserve;

/**
 * A live sitting with 1 000 speakers still to come and an overrun, planned under precedence and a
 * reserve: the re-plan a chair asks for, which resolves the same rules for what remains, and the
 * {@code now()} a display calls every second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SittingBenchmark {

  /** Precedence, and fifty places held for observers, organisations and civil society. */
  private static final RuleSet RULES = RuleSet.of(Precedence.standard(), Reserve.places("floor", 50,
      Constituency.OBSERVER_STATE, Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY));

  private Plan plan;
  private Clock clock;
  private Sitting sitting;
  private Sitting live;
  private final Fit fit = Fit.shortenThenWaitList(Duration.ofSeconds(45));

  @Setup(Level.Trial)
  public void setUp() {
    Plenary plenary = Plenary.builder()
        .title(LocalizedText.of("Marathon", "Marathon")).session(LocalizedText.of("Benchmark"))
        .date(LocalDate.of(2020, 6, 1)).start(LocalTime.of(6, 0)).budget(Duration.ofHours(16))
        .venue(Venue.of(LocalizedText.of("Geneva", "Genève"), ZoneId.of("Europe/Zurich")))
        .addSegments(Segment.builder().id("floor").title(LocalizedText.of("Floor")).takesRequests(true).build())
        .build();
    List<RequestToSpeak> requests = Lists.floor(1000, 7);
    plan = Planner.of(RULES).plan(plenary, requests);
    clock = Clock.fixed(plenary.startInstant().plusSeconds(600), plenary.venue().zone());
    live = Sitting.start(plan, RULES, clock);
    live.began(plan.slots().get(0).id());
  }

  @Setup(Level.Invocation)
  public void freshSitting() {
    sitting = Sitting.start(plan, RULES, clock);
  }

  /** Re-plans 1 000 remaining speakers: shorten in proportion, wait-list those who cannot fit. */
  @Benchmark
  public Plan replan() {
    return sitting.replan(fit);
  }

  /** What a display asks every second: who speaks, time left, next, projected end. */
  @Benchmark
  public Moment now() {
    return live.now();
  }
}
