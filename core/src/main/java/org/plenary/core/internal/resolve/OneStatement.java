package org.plenary.core.internal.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#onePer}: one statement per {@code key} in each segment
 * {@code scope} covers. The programme keeps its place, else the request received first; the planner
 * refuses the others, and a check finds a second statement listed.
 */
record OneStatement(Rule rule, int seq, Scope scope, Function<? super Speech, ?> key) implements Decl {

  private static LocalizedText note(int n) {
    return Words.text("check.one-per.ok", n);
  }

  /**
   * Refuses, in each segment, every admitted request whose key an earlier statement already has.
   * The speeches each declaration compared are marked in {@code r}, so that its line counts those
   * that end in the plan. A declaration whose key throws is left out whole. Each key is numbered
   * once, equal keys one number, and the comparisons run on the numbers.
   */
  static void apply(Resolution r) {
    for (OneStatement o : r.report.live(r.book.oneStatements)) {
      Numbered keys = keys(r, o);
      if (keys == null) {
        continue;
      }
      int[] number = keys.number();
      boolean[] compared = new boolean[r.total];
      int classes = keys.distinct().size();
      // The statement kept for each number, and the segment (plus one) where it was kept.
      int[] kept = new int[classes];
      int[] keptIn = new int[classes];
      for (int s = 0; s < r.segments.size(); s++) {
        Segment segment = r.segments.get(s);
        if (!o.scope.covers(segment)) {
          continue;
        }
        for (int ref = r.firstOf[s]; ref < r.firstOf[s] + segment.interventions().size(); ref++) {
          o.compare(r, ref, keys, kept, keptIn, s, compared, segment);
        }
        for (int ref : r.requestsOf[s]) {
          o.compare(r, ref, keys, kept, keptIn, s, compared, segment);
        }
      }
      r.compared.put(o, compared);
    }
  }

  /** Each speech's number of its key, plus one (0 where it has none), and the keys numbered. */
  private record Numbered(int[] number, Distinct distinct) {}

  /**
   * The number of each speech's key, plus one, 0 where there is none: the programme and the admitted
   * requests of the segments {@code o} covers. Null if the key throws: the declaration is failed.
   */
  private static Numbered keys(Resolution r, OneStatement o) {
    int count = 0;
    for (int s = 0; s < r.segments.size(); s++) {
      if (o.scope.covers(r.segments.get(s))) {
        count += r.segments.get(s).interventions().size() + r.requestsOf[s].length;
      }
    }
    Distinct distinct = new Distinct(count);
    int[] number = new int[r.total];
    for (int s = 0; s < r.segments.size(); s++) {
      Segment segment = r.segments.get(s);
      if (!o.scope.covers(segment)) {
        continue;
      }
      for (int ref = r.firstOf[s]; ref < r.firstOf[s] + segment.interventions().size(); ref++) {
        if (!o.number(r, ref, distinct, number)) {
          return null;
        }
      }
      for (int ref : r.requestsOf[s]) {
        if (r.admitted(ref) && !o.number(r, ref, distinct, number)) {
          return null;
        }
      }
    }
    return new Numbered(number, distinct);
  }

  /**
   * Numbers the key of speech {@code ref}; false if the key throws, and the declaration is then
   * recorded as failed. The key's hash and equality are asked outside, as a map would ask them.
   */
  private boolean number(Resolution r, int ref, Distinct distinct, int[] number) {
    Object k;
    try {
      k = r.selecting.test(scope, ref) ? key.apply(r.speech[ref]) : null;
    } catch (RuntimeException e) {
      r.report.fail(this, r.speech[ref].id(), e);
      return false;
    }
    number[ref] = k == null ? 0 : distinct.of(k) + 1;
    return true;
  }

  /** The key of {@code speech}, or null where the scope does not select it or the key is null. */
  private Object keyOf(Speech speech) {
    return scope.test(speech) ? key.apply(speech) : null;
  }

  private void compare(Resolution r, int ref, Numbered keys, int[] kept, int[] keptIn, int s,
      boolean[] compared, Segment segment) {
    int n = keys.number()[ref] - 1;
    if (n < 0) {
      return;
    }
    compared[ref] = true;
    if (keptIn[n] != s + 1) {
      kept[n] = ref;
      keptIn[n] = s + 1;
      return;
    }
    int before = kept[n];
    if (!r.isRequest(before) && !r.isRequest(ref)) {
      return;
    }
    int first = earlier(r, before, ref);
    Object k = keys.distinct().key(n);
    r.refuse(first == ref ? before : ref, Words.decision(Decision.Kind.REFUSED, rule, "decision.one-per",
        who(k, r.speech[first == ref ? before : ref]), Words.segment(segment)));
    kept[n] = first;
  }

  /** Of two statements with one key, the one kept: the programme's, else the one received first. */
  private static int earlier(Resolution r, int a, int b) {
    if (!r.isRequest(a) || !r.isRequest(b)) {
      return r.isRequest(a) ? b : a;
    }
    int c = ((RequestToSpeak) r.speech[a]).received().compareTo(((RequestToSpeak) r.speech[b]).received());
    return c < 0 || c == 0 && a < b ? a : b;
  }

  private static LocalizedText who(Object key, Speech speech) {
    return key instanceof Delegation d ? d.name() : key instanceof LocalizedText t ? t : speech.voice().name();
  }

  /** Its line: how many speeches in the plan it compared, counted from the planner's marks. */
  static void record(Resolution r, Records records) {
    for (OneStatement o : r.report.live(r.book.oneStatements)) {
      boolean[] compared = r.compared.get(o);
      int n = 0;
      for (int[] segment : r.finalOrder) {
        for (int ref : segment) {
          if (compared[ref]) {
            n++;
          }
        }
      }
      int count = n;
      records.add(o, count, () -> note(count));
    }
  }

  /** Checks {@code plan}: a second statement of one key in a segment is an error. */
  static void check(Given plan, Report report, Records records) {
    for (OneStatement o : report.live(report.book().oneStatements)) {
      int n = 0;
      Map<String, Map<Object, Slot>> seen = new HashMap<>();
      String at = "plan";
      try {
        for (Slot s : plan.slots()) {
          Segment segment = plan.segment(s.segment());
          if (!o.scope.covers(segment)) {
            continue;
          }
          at = s.id();
          Object k = o.keyOf(s.request().<Speech>map(q -> q).orElse(s.intervention()));
          if (k == null) {
            continue;
          }
          n++;
          Slot before = seen.computeIfAbsent(s.segment(), x -> new HashMap<>()).putIfAbsent(k, s);
          if (before != null && (before.request().isPresent() || s.request().isPresent())) {
            report.error(o.rule, s.id(), Words.text("check.one-per.error", Words.who(s.intervention()),
                Words.segment(segment)), "check.one-per.fix");
          }
        }
      } catch (RuntimeException e) {
        report.fail(o, at, e);
        continue;
      }
      int count = n;
      records.add(o, count, () -> note(count));
    }
  }
}
