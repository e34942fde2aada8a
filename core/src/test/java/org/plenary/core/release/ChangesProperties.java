package org.plenary.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.agenda.Series;
import org.plenary.core.planner.Planner;
import org.plenary.core.release.Changes.Change;
import org.plenary.core.release.Release.Placement;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** Changes between releases compose, and nobody leaves a list silently. */
class ChangesProperties {

  private static final Series TWO = Series.of(List.of(Sample.plenary(), Sample.plenary(
      Sample.DEADLINE.plusDays(3), LocalTime.of(10, 0), Duration.ofMinutes(60))));

  private static Planner planner(boolean shorten) {
    Rule order = Rule.of("order.receipt", LocalizedText.of("receipt"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.receipt"), r -> r.received().toEpochMilli()));
    Rule budget = Rule.of("budget", LocalizedText.of("budget"), LocalizedText.of("test"),
        d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
            shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList()));
    return Planner.of(RuleSet.of(List.of(order, budget)));
  }

  /** The next release's list: some withdrawn, some received since. */
  private static List<RequestToSpeak> next(List<RequestToSpeak> list, List<RequestToSpeak> pool, Random random) {
    List<RequestToSpeak> out = new ArrayList<>();
    for (RequestToSpeak r : list) {
      if (random.nextInt(6) != 0) {
        out.add(r);
      }
    }
    Set<String> ids = new HashSet<>(out.stream().map(RequestToSpeak::id).toList());
    for (RequestToSpeak r : pool) {
      if (!ids.contains(r.id()) && random.nextInt(4) == 0) {
        out.add(r);
      }
    }
    return out;
  }

  @Property(tries = 100)
  void theChangesFromAToCAreThoseFromAToBThenFromBToC(@ForAll @IntRange(max = 60) int n,
      @ForAll long seed, @ForAll boolean shorten) {
    List<RequestToSpeak> pool = Sample.requests(n, seed);
    Random random = new Random(seed);
    List<RequestToSpeak> a = next(List.of(), pool, random);
    List<RequestToSpeak> b = next(a, pool, random);
    List<RequestToSpeak> c = next(b, pool, random);
    Planner p = planner(shorten);
    Release ra = Release.of(1, Instant.EPOCH, p.plan(TWO, a));
    Release rb = Release.of(2, Instant.EPOCH.plusSeconds(1), p.plan(TWO, b));
    Release rc = Release.of(3, Instant.EPOCH.plusSeconds(2), p.plan(TWO, c));

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

  /** The changes of {@code kind} among {@code changes}, in their order. */
  private static List<Change> of(Changes changes, Change.Kind kind) {
    return changes.changes().stream().filter(c -> c.kinds().contains(kind)).toList();
  }

  /** The ids of the requests on {@code release}'s lists, in its order. */
  private static List<String> speakers(Release release) {
    List<String> ids = new java.util.ArrayList<>();
    for (var p : release.plan().meetings()) {
      p.slots().stream().filter(x -> x.request().isPresent()).forEach(x -> ids.add(x.id()));
    }
    for (var w : release.plan().waitingList()) {
      if (w.request().isPresent()) {
        ids.add(w.id());
      }
    }
    return ids;
  }
}
