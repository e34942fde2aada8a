package org.plenary.core.internal.resolve;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.scope.Judgement;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#admit}: each request {@code scope} selects gets the
 * verdict of {@code verdict}, and keeps the strongest of every rule's. The planner records each
 * verdict but a plain admission as a decision; a check finds a speaker listed against a verdict.
 */
record Admission(Rule rule, int seq, Scope scope, Function<? super RequestToSpeak, Verdict> verdict)
    implements Decl {

  /** How many requests an admission judged, by verdict: what its line says. */
  private static final class Count {
    int all;
    final int[] byKind = new int[Judgement.Kind.values().length];

    void add(Judgement.Kind kind) {
      all++;
      byKind[kind.ordinal()]++;
    }

    LocalizedText note() {
      return Words.text("check.admission.ok", all, byKind[Judgement.Kind.ADMIT_LATE.ordinal()],
          byKind[Judgement.Kind.WAIT_LIST.ordinal()], byKind[Judgement.Kind.REFUSE.ordinal()]);
    }
  }

  /**
   * Gives every request of {@code r} the verdicts of the admissions, the strongest first among its
   * decisions. An admission that throws is left out whole, as if it had not been declared.
   */
  static void admit(Resolution r) {
    for (Admission a : r.report.live(r.book.admissions)) {
      Judgement[] verdicts = new Judgement[r.total];
      Count count = new Count();
      String at = "plan";
      try {
        for (int s = 0; s < r.segments.size(); s++) {
          if (!a.scope.covers(r.segments.get(s))) {
            continue;
          }
          boolean everyone = a.scope.wholeSegments();
          for (int ref : r.requestsOf[s]) {
            RequestToSpeak q = (RequestToSpeak) r.speech[ref];
            if (everyone || r.selecting.test(a.scope, ref)) {
              at = q.id();
              Judgement j = Judgement.of(requireNonNull(a.verdict.apply(q), "verdict"));
              verdicts[ref] = j;
              count.add(j.kind());
            }
          }
        }
      } catch (RuntimeException e) {
        r.report.fail(a, at, e);
        continue;
      }
      Map<Judgement, Decision> made = new IdentityHashMap<>();
      for (int ref = r.programmeCount; ref < r.total; ref++) {
        Judgement j = verdicts[ref];
        if (j != null && j.kind() != Judgement.Kind.ADMIT) {
          Decision d = made.get(j);
          if (d == null) {
            d = a.decision(j);
            made.put(j, d);
          }
          r.decide(ref, d, j.kind());
        }
      }
      r.records.add(a, count.all, count::note);
    }
  }

  private Decision decision(Judgement j) {
    LocalizedText why = j.why().orElseThrow();
    return switch (j.kind()) {
      case ADMIT_LATE -> Words.decision(Decision.Kind.ADMITTED_LATE, rule, "decision.late", why);
      case WAIT_LIST -> Words.decision(Decision.Kind.WAIT_LISTED, rule, "decision.wait-listed", why);
      case REFUSE -> Words.decision(Decision.Kind.REFUSED, rule, "decision.refused", why);
      case ADMIT -> throw new AssertionError(j);
    };
  }

  /** The verdict of this admission on {@code q} of {@code segment}, or null where it does not apply. */
  private Judgement on(Segment segment, RequestToSpeak q) {
    return scope.matches(segment, q) ? Judgement.of(requireNonNull(verdict.apply(q), "verdict")) : null;
  }

  /** Checks {@code plan}: a speaker listed against a wait-listing or a refusal is an error. */
  static void check(Given plan, Report report, Records records) {
    for (Admission a : report.live(report.book().admissions)) {
      Count count = new Count();
      String at = "plan";
      try {
        for (Slot s : plan.slots()) {
          if (s.request().isEmpty()) {
            continue;
          }
          at = s.id();
          Judgement v = a.on(plan.segment(s.segment()), s.request().get());
          if (v == null) {
            continue;
          }
          count.add(v.kind());
          if (v.kind() == Judgement.Kind.WAIT_LIST || v.kind() == Judgement.Kind.REFUSE) {
            report.error(a.rule, s.id(), Words.text("check.admission.error", Words.who(s.intervention()),
                v.why().orElseThrow()), "check.admission.fix");
          }
        }
        for (WaitingEntry w : plan.waitingList()) {
          if (w.request().isPresent()) {
            at = w.id();
            Judgement v = a.on(plan.segment(w.segment()), w.request().get());
            if (v != null) {
              count.add(v.kind());
            }
          }
        }
      } catch (RuntimeException e) {
        report.fail(a, at, e);
        continue;
      }
      records.add(a, count.all, count::note);
    }
  }

  /** Whether it admitted {@code q} of {@code segment} late: for a check of the order. */
  boolean admitsLate(Segment segment, RequestToSpeak q) {
    Judgement v = on(segment, q);
    return v != null && v.kind() == Judgement.Kind.ADMIT_LATE;
  }
}
