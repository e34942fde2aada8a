package org.plenary.core.internal.resolve;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.List;
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

  /** What each live admission of {@code r} reads of the requests, in the order they apply. */
  static Reading[] readings(Resolution r) {
    List<Admission> live = r.report.live(r.book.admissions);
    Reading[] out = new Reading[live.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = live.get(i).new Reading(r);
    }
    return out;
  }

  /**
   * Gives every request the verdicts {@code readings} read, the strongest first among its decisions,
   * admission after admission. An admission that threw is left out whole, as if it had not been
   * declared, and recorded as failed at the request it was judging.
   */
  static void apply(Resolution r, Reading[] readings) {
    for (Reading reading : readings) {
      reading.apply();
    }
  }

  /**
   * The verdicts of this admission on the requests of one resolution, read one request at a time in
   * the order given, segment after segment, so that a pass over the requests can read every kind's
   * functions of a request together; it reads no further once its function has thrown.
   */
  final class Reading {
    private final Resolution r;
    private final Judgement[] verdicts;
    private final boolean[] covers;
    private final boolean everyone;
    private final Count count = new Count();
    /** The request being judged when it threw: the last one it selected. */
    private String at = "plan";
    private RuntimeException failure;

    Reading(Resolution r) {
      this.r = r;
      this.verdicts = new Judgement[r.total];
      this.covers = new boolean[r.segments.size()];
      for (int s = 0; s < covers.length; s++) {
        covers[s] = scope.covers(r.segments.get(s));
      }
      this.everyone = scope.wholeSegments();
    }

    /** Judges request {@code ref} of segment {@code s}, where it applies. */
    void read(int s, int ref) {
      if (failure != null || !covers[s]) {
        return;
      }
      try {
        if (everyone || r.selecting.test(scope, ref)) {
          RequestToSpeak q = (RequestToSpeak) r.speech[ref];
          at = q.id();
          Judgement j = Judgement.of(requireNonNull(verdict.apply(q), "verdict"));
          verdicts[ref] = j;
          count.add(j.kind());
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    private void apply() {
      if (failure != null) {
        r.report.fail(Admission.this, at, failure);
        return;
      }
      Map<Judgement, Decision> made = new IdentityHashMap<>();
      for (int ref = r.programmeCount; ref < r.total; ref++) {
        Judgement j = verdicts[ref];
        if (j != null && j.kind() != Judgement.Kind.ADMIT) {
          Decision d = made.get(j);
          if (d == null) {
            d = decision(j);
            made.put(j, d);
          }
          r.decide(ref, d, j.kind());
        }
      }
      r.records.add(Admission.this, count.all, count::note);
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
