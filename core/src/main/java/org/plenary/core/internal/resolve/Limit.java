package org.plenary.core.internal.resolve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#limit}: every speech {@code scope} selects gets at most
 * {@code most}. The planner cuts each speech to the shortest limit that selects it; a check finds an
 * allotment over it.
 */
record Limit(Rule rule, int seq, Scope scope, Duration most) implements Decl {

  /** The limits of {@code live} that cover {@code segment}. */
  static List<Limit> in(Segment segment, List<Limit> live) {
    List<Limit> here = new ArrayList<>();
    for (Limit l : live) {
      if (l.scope.covers(segment)) {
        here.add(l);
      }
    }
    return here;
  }

  /**
   * The time asked of each speech of {@code refs} (all of one segment), cut to the shortest limit of
   * {@code here} that selects it; {@code cutBy} records which.
   */
  static void allot(Resolution r, int[] refs, List<Limit> here, long[] allotted, Limit[] cutBy) {
    long[] most = new long[here.size()];
    boolean[] everyone = new boolean[most.length];
    for (int l = 0; l < most.length; l++) {
      most[l] = here.get(l).most.toNanos();
      everyone[l] = here.get(l).scope.wholeSegments();
    }
    for (int ref : refs) {
      long a = r.asked(ref);
      for (int l = 0; l < most.length; l++) {
        if (most[l] < a && (everyone[l] || r.selecting.test(here.get(l).scope, ref))) {
          a = most[l];
          cutBy[ref] = here.get(l);
        }
      }
      allotted[ref] = a;
    }
  }

  /** The time {@code speech} of {@code segment} asks, in nanoseconds, cut to the shortest of {@code live} that selects it. */
  static long cut(Segment segment, Speech speech, List<Limit> live) {
    long a = speech.duration().toNanos();
    for (Limit l : live) {
      if (l.most.toNanos() < a && l.scope.matches(segment, speech)) {
        a = l.most.toNanos();
      }
    }
    return a;
  }

  /** Each limit's decisions, one for each length it cut from: a list repeats a few. */
  static final class Cuts {
    private final Map<Limit, Map<Long, Decision>> made = new IdentityHashMap<>();

    /** "Cut from {asked} to {most} by {rule}." */
    Decision of(Limit limit, Duration asked) {
      return made.computeIfAbsent(limit, l -> new HashMap<>()).computeIfAbsent(asked.toNanos(),
          n -> Words.decision(Decision.Kind.CUT, limit.rule, "decision.cut", Words.time(asked),
              Words.time(limit.most)));
    }
  }

  private static LocalizedText note(int n, int cut) {
    return Words.text("check.limit.ok", n, cut);
  }

  /**
   * Checks {@code plan}: an allotment over the shortest limit that selects the speech is an error.
   * Each rule's line counts the speeches its limits select and those that asked for more.
   */
  static void check(Given plan, Report report, Records records) {
    List<Limit> live = report.live(report.book().limits);
    Map<Rule, int[]> counts = new IdentityHashMap<>();
    List<Rule> order = new ArrayList<>();
    for (Slot s : plan.slots()) {
      Segment segment = plan.segment(s.segment());
      Limit binding = null;
      for (Limit l : live) {
        if (l.scope.matches(segment, s.intervention())) {
          int[] c = counts.computeIfAbsent(l.rule, r -> {
            order.add(r);
            return new int[2];
          });
          c[0]++;
          if (s.intervention().duration().compareTo(l.most) > 0) {
            c[1]++;
          }
          if (binding == null || l.most.compareTo(binding.most) < 0) {
            binding = l;
          }
        }
      }
      if (binding != null && s.allotted().compareTo(binding.most) > 0) {
        report.error(binding.rule, s.id(), Words.text("check.limit.error", Words.who(s.intervention()),
            Words.time(s.allotted()), Words.time(s.allotted().minus(binding.most)), Words.time(binding.most)),
            "check.limit.fix");
      }
    }
    for (Rule r : order) {
      int[] c = counts.get(r);
      records.add(Records.Kind.LIMIT, r, 0, c[0], () -> note(c[0], c[1]));
    }
  }

  /**
   * The line of each rule's limits in a plan the planner made: how many speeches of the plan they
   * select and how many asked for more.
   */
  static void record(Resolution r, Records records) {
    List<Limit> live = r.report.live(r.book.limits);
    if (live.isEmpty()) {
      return;
    }
    Map<Rule, int[]> counts = new IdentityHashMap<>();
    List<Rule> order = new ArrayList<>();
    for (int s = 0; s < r.segments.size(); s++) {
      List<Limit> here = in(r.segments.get(s), live);
      if (here.isEmpty()) {
        continue;
      }
      for (int ref : r.finalOrder[s]) {
        Speech speech = r.speech[ref];
        for (Limit l : here) {
          if (l.scope.test(speech)) {
            int[] c = counts.computeIfAbsent(l.rule, x -> {
              order.add(x);
              return new int[2];
            });
            c[0]++;
            if (speech.duration().compareTo(l.most) > 0) {
              c[1]++;
            }
          }
        }
      }
    }
    for (Rule rule : order) {
      int[] c = counts.get(rule);
      records.add(Records.Kind.LIMIT, rule, 0, c[0], () -> note(c[0], c[1]));
    }
  }
}
