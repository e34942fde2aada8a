package org.plenary.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Release;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.examples.asp18.Asp18;

/**
 * Comparing two releases of a list of 1 000, 10 000 and 100 000 speakers, the real code path: where each
 * speaker stands in each release (slots on the clock, the waiting list) and what changed, sorted.
 * The second release withdraws one request in ten and adds one in twenty, so that most speakers move.
 * The baseline, measured in the same run, only indexes both releases' speakers by id: the least any
 * comparison by id must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReleaseBenchmark {

  @Param({"1000", "10000", "100000"})
  public int n;

  private Plan first;
  private Plan second;

  @Setup
  public void setUp() {
    Planner planner = Planner.of(Asp18.rules());
    first = planner.plan(Asp18.plenary(), Lists.floor(n, 1));
    List<RequestToSpeak> later = new ArrayList<>(Lists.floor(n + n / 20, 1));
    later.removeIf(r -> Integer.parseInt(r.id().substring(1)) % 10 == 3);
    second = planner.plan(Asp18.plenary(), later);
  }

  /** The changes from the first release to the second; each release works out its placements anew. */
  @Benchmark
  public Changes compare() {
    return Changes.between(Release.of(1, Instant.EPOCH, first), Release.of(2, Instant.EPOCH.plusSeconds(60), second));
  }

  /** Both releases' speakers indexed by id, and nothing else. */
  @Benchmark
  public int baseline() {
    Map<String, Object> before = new HashMap<>();
    Map<String, Object> after = new HashMap<>();
    index(first, before);
    index(second, after);
    int both = 0;
    for (String id : after.keySet()) {
      if (before.containsKey(id)) {
        both++;
      }
    }
    return both;
  }

  private static void index(Plan plan, Map<String, Object> into) {
    for (Slot s : plan.slots()) {
      into.put(s.id(), s);
    }
    for (WaitingEntry w : plan.waitingList()) {
      into.put(w.id(), w);
    }
  }
}
