package org.plenary.export.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.export.release.ReleaseReading.of;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Series;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** Releases, placements and changes are values: equal when alike, checked when made, readable. */
class ReleaseValuesTest {

  private static final Instant AT = Instant.parse("2021-02-20T09:00:00Z");
  private final Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), Sample.requests(3, 5));
  private final Plan more = Planner.of(RuleSet.of()).plan(Sample.plenary(), Sample.requests(4, 5));

  @Test
  void changesAreEqualWhenTheyHoldTheSameChangesInTheSameOrder() {
    Changes c = Changes.between(Release.of(1, AT, plan), Release.of(2, AT.plusSeconds(1), more));
    Changes again = Changes.of(1, AT, 2, AT.plusSeconds(1), com.google.common.collect.Lists.reverse(c.changes()));
    assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(again.changes()).isEqualTo(c.changes());
    assertThat(c.changes().isEmpty()).isFalse();
    assertThat(c).isNotEqualTo(Changes.of(1, AT, 3, AT.plusSeconds(1), c.changes()))
        .isNotEqualTo(Changes.of(1, AT.plusSeconds(5), 2, AT.plusSeconds(1), c.changes()))
        .isNotEqualTo(Changes.of(1, AT, 2, AT.plusSeconds(1), List.of()));
    assertThat(of(c, Change.Kind.ADDED)).hasSize(1);
  }

  @Test
  void aPlacementIsCheckedWhenMadeAndEqualWhateverItsOrder() {
    Placement p = Release.of(1, AT, plan).placement(plan.slots("floor").get(0).id()).orElseThrow();
    Placement moved = new Placement(p.meeting(), p.segment(), p.standing(), p.place(), p.start(), p.allotted(),
        p.decisions(), p.order() + 7);
    assertThat(moved).isEqualTo(p).hasSameHashCodeAs(p);
    assertThatThrownBy(() -> new Placement(-1, "floor", Placement.Standing.WAITING, 1, Optional.empty(),
        Optional.empty(), List.of(), 0)).hasMessage("meeting (-1) must not be negative");
    assertThatThrownBy(() -> new Placement(0, "floor", Placement.Standing.WAITING, 0, Optional.empty(),
        Optional.empty(), List.of(), 0)).hasMessage("place (0) must be 1 or more");
    assertThatThrownBy(() -> new Placement(0, "floor", Placement.Standing.WAITING, 1, Optional.empty(),
        Optional.empty(), List.of(), -1)).hasMessage("order (-1) must not be negative");
    assertThat(new Placement(0, "floor", Placement.Standing.REFUSED, 2, Optional.empty(), Optional.empty(),
        List.of(), 0)).hasToString("refused #2");
    assertThat(Release.of(1, AT, plan).toString()).startsWith("Release 1 of 2021-02-20T09:00:00Z: SeriesPlan of 1 meeting");
  }

  @Test
  void aSeriesPlanHoldsThePlanOfEachOfItsMeetings() {
    Series two = Series.of(List.of(Sample.plenary(), Sample.plenary(Sample.DEADLINE.plusDays(5),
        java.time.LocalTime.of(9, 0), Duration.ofHours(1))));
    Plan other = Planner.of(RuleSet.of()).plan(two.meeting(1), List.of());
    assertThatThrownBy(() -> SeriesPlan.of(two, List.of(other, other)))
        .hasMessage("plan 1 is not of meeting 1 of the series (2021-03-03 15:00)");
    assertThat(SeriesPlan.of(two, List.of(plan, other)).meeting(1)).isSameAs(other);
  }
}
