package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.sitting.Sitting;

/** Whatever the delays and overruns, re-planning meets the hard end or says it cannot, and loses no one. */
class ReplanProperties {

  /** The seconds by which each of up to twelve speakers, in order, runs over (or under) their time. */
  @Provide
  Arbitrary<List<Integer>> overruns() {
    return Arbitraries.integers().between(-60, 339).list().ofMaxSize(12);
  }

  @Property(tries = 150)
  void replanningMeetsTheHardEndOrSaysWhyAndLosesNoOne(@ForAll @IntRange(max = 40) int lateMinutes,
      @ForAll("overruns") List<Integer> overruns) {
    Plan plan = Asp18Main.plan();
    Asp18Sitting.SimulatedClock clock = new Asp18Sitting.SimulatedClock(plan.plenary().startInstant().plusSeconds(60L * lateMinutes));
    Sitting sitting = Sitting.start(plan, Asp18.rules(), clock);
    List<Slot> slots = plan.slots();
    for (int i = 0; i < Math.min(overruns.size(), slots.size()); i++) {
      sitting.began(slots.get(i).id());
      clock.advance(slots.get(i).allotted().plusSeconds(overruns.get(i)));
      sitting.ended(slots.get(i).id());
    }
    Plan after = sitting.replan(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
    boolean saysItCannot = after.findings().stream()
        .anyMatch(f -> f.subject().equals("sitting") && f.severity() == Severity.ERROR);
    assertThat(sitting.now().onTime() || saysItCannot).isTrue();
    assertThat(sitting.now().onTime()).isEqualTo(!saysItCannot);
    for (Slot s : slots) {
      if (s.intervention().fixed()) {
        assertThat(after.slot(s.id())).as("fixed item " + s.id()).isPresent();
      }
    }
    Set<String> before = new HashSet<>();
    slots.forEach(s -> before.add(s.id()));
    plan.waitingList().forEach(w -> before.add(w.id()));
    Set<String> now = new HashSet<>();
    after.slots().forEach(s -> now.add(s.id()));
    after.waitingList().forEach(w -> assertThat(now.add(w.id())).isTrue());
    assertThat(now).isEqualTo(before);
    assertThat(after.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .allSatisfy(f -> assertThat(f.subject()).isEqualTo("sitting"));
    List<String> order = after.slots().stream().map(Slot::id).toList();
    List<String> kept = slots.stream().map(Slot::id).filter(order::contains).toList();
    assertThat(order).isEqualTo(kept);
  }
}
