package org.plenary.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.examples.asp18.Asp18;

/**
 * Planning the ASP18 plenary with its standard rules on random lists of speakers, and checking such a
 * plan as if it came from elsewhere, beside the floor: the least work any planner must do (pack the
 * sort key in a {@code long}, sort, gather, sum) and the same with a chained comparator over the
 * objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmark {

  @Param({"100", "10000", "1000000"})
  public int n;

  private Plenary plenary;
  private RuleSet rules;
  private List<RequestToSpeak> requests;
  private Plan planned;

  @Setup
  public void setUp() {
    plenary = Asp18.plenary();
    rules = Asp18.rules();
    requests = Lists.floor(n, 42);
    planned = Planner.of(rules).plan(plenary, requests);
  }

  /** The planner with the standard rules: admit, order, allot, fit, each decision recorded. */
  @Benchmark
  public Plan plan() {
    return Planner.of(rules).plan(plenary, requests);
  }

  /** A check of such a plan against the same rules, as of a plan read from a file. */
  @Benchmark
  public Plan check() {
    return Planner.of(rules).check(planned);
  }

  /** The floor: one packed {@code long} per request, sorted, the requests gathered, durations summed. */
  @Benchmark
  public long floor() {
    int size = requests.size();
    long minMs = Long.MAX_VALUE;
    for (RequestToSpeak r : requests) {
      minMs = Math.min(minMs, r.received().toEpochMilli());
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      RequestToSpeak r = requests.get(i);
      long key = Lists.group(r.constituency());
      key = (key << 3) | r.speaker().rank().ordinal();
      key = (key << 32) | (r.received().toEpochMilli() - minMs) / 1000;
      keys[i] = (key << 21) | i;
    }
    Arrays.sort(keys);
    List<RequestToSpeak> ordered = new ArrayList<>(size);
    long total = 0;
    for (long key : keys) {
      RequestToSpeak r = requests.get((int) (key & ((1L << 21) - 1)));
      ordered.add(r);
      total += r.duration().getSeconds();
    }
    return total + ordered.size();
  }

  /** The naive floor: the same objects sorted with a chained comparator. */
  @Benchmark
  public long comparatorSort() {
    List<RequestToSpeak> ordered = new ArrayList<>(requests);
    ordered.sort(Comparator.<RequestToSpeak>comparingInt(r -> Lists.group(r.constituency()))
        .thenComparing(r -> r.speaker().rank()).thenComparing(RequestToSpeak::received));
    long total = 0;
    for (RequestToSpeak r : ordered) {
      total += r.duration().getSeconds();
    }
    return total;
  }
}
