package org.plenary.export.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.export.release.ReleaseReading.of;
import static org.plenary.export.release.ReleaseReading.speakers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.fixtures.Plenaries;

/** Changes between releases compose, and nobody leaves a list silently. */
class ChangesProperties {

  /** Two meetings of a drawn plenary, a day apart, and three lists drawn from one pool of requests. */
  record Lists(Series series, List<RequestToSpeak> a, List<RequestToSpeak> b, List<RequestToSpeak> c) {}

  /**
   * Each request of the pool is on each of the three lists or not, as its drawn mask says: withdrawn
   * from one list, received for the next, back again after a withdrawal.
   */
  @Provide
  Arbitrary<Lists> lists() {
    return Plenaries.listed(60).flatMap(l -> Arbitraries.integers().between(0, 7).list()
        .ofSize(l.requests().size()).map(masks -> {
          Plenary first = l.plenary();
          Series two = Series.of(List.of(first, Plenary.builder().from(first).date(first.date().plusDays(1)).build()));
          return new Lists(two, on(l.requests(), masks, 1), on(l.requests(), masks, 2), on(l.requests(), masks, 4));
        }));
  }

  private static List<RequestToSpeak> on(List<RequestToSpeak> pool, List<Integer> masks, int bit) {
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      if ((masks.get(i) & bit) != 0) {
        out.add(pool.get(i));
      }
    }
    return out;
  }

  private static Planner planner(boolean shorten) {
    Rule order = Rule.of("order.receipt", LocalizedText.of("receipt"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.receipt"), r -> r.received().toEpochMilli()));
    Rule budget = Rule.of("budget", LocalizedText.of("budget"), LocalizedText.of("test"),
        d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
            shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList()));
    return Planner.of(RuleSet.of(List.of(order, budget)));
  }

  @Property
  void theChangesFromAToCAreThoseFromAToBThenFromBToC(@ForAll("lists") Lists lists, @ForAll boolean shorten) {
    Planner p = planner(shorten);
    Release ra = Release.of(1, Instant.EPOCH, p.plan(lists.series(), lists.a()));
    Release rb = Release.of(2, Instant.EPOCH.plusSeconds(1), p.plan(lists.series(), lists.b()));
    Release rc = Release.of(3, Instant.EPOCH.plusSeconds(2), p.plan(lists.series(), lists.c()));

    Changes direct = Changes.between(ra, rc);
    Changes composed = Changes.between(ra, rb).then(Changes.between(rb, rc));

    assertThat(composed.changes()).containsExactlyInAnyOrderElementsOf(direct.changes());
    assertThat(composed.from()).isEqualTo(1);
    assertThat(composed.to()).isEqualTo(3);
    Set<String> gone = new HashSet<>(speakers(ra));
    gone.removeAll(speakers(rc));
    assertThat(of(direct, Change.Kind.WITHDRAWN)).extracting(Change::id).containsExactlyInAnyOrderElementsOf(gone);
    Set<String> changed = new HashSet<>(direct.changes().stream().map(Change::id).toList());
    for (String id : speakers(rc)) {
      if (!changed.contains(id)) {
        Placement before = ra.placement(id).orElseThrow(() -> new AssertionError(id + " was added silently"));
        Placement after = rc.placement(id).orElseThrow();
        assertThat(before.samePlace(after) && before.allotted().equals(after.allotted()))
            .as("%s moved silently: %s -> %s", id, before, after).isTrue();
      }
    }
    for (Change ch : direct.changes()) {
      assertThat(ch.before()).as("%s", ch).isEqualTo(ra.placement(ch.id()));
      assertThat(ch.after()).as("%s", ch).isEqualTo(rc.placement(ch.id()));
    }
  }
}
