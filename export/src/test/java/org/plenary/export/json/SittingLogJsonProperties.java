package org.plenary.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.core.testing.TestClock;
import org.plenary.fixtures.ChairScripts;
import org.plenary.fixtures.Plenaries;
import org.plenary.fixtures.ChairScripts.Step;

/** Any log a chair can make reads back from its JSON as the same events, and replays to the same sitting. */
class SittingLogJsonProperties {

  /** A drawn plenary with up to eight requests, planned without rules. */
  @Provide
  Arbitrary<Plan> plans() {
    return Plenaries.listed(8).map(l -> Planner.of(RuleSet.of()).plan(l.plenary(), l.requests()));
  }

  @Provide
  Arbitrary<List<Step>> scripts() {
    return ChairScripts.scripts(40);
  }

  @Property(tries = 200)
  void theLogRoundTripsThroughItsJsonAndReplays(@ForAll("plans") Plan plan, @ForAll("scripts") List<Step> script)
      throws Exception {
    TestClock clock = TestClock.at(plan.plenary().startInstant());
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    for (Step step : script) {
      step.apply(s, clock);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SittingLogJson.write(s.log(), out);
    List<SittingEvent> back = SittingLogJson.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(s.log());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    SittingLogJson.write(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    Sitting replayed = Sitting.replay(plan, RuleSet.of(), back, Clock.fixed(clock.instant(), clock.getZone()));
    assertThat(replayed.now().toString()).isEqualTo(s.now().toString());
    assertThat(replayed.plan().slots()).isEqualTo(s.plan().slots());
  }
}
