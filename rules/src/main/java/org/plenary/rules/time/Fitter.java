package org.plenary.rules.time;

import java.time.Duration;
import java.util.List;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Proportion;

/** Fits requested interventions, in order, into the time left for them, as a {@link FitPolicy} says. */
final class Fitter {

  private final FitPolicy policy;
  private final Duration minimum;

  Fitter(FitPolicy policy, Duration minimum) {
    this.policy = policy;
    this.minimum = minimum;
  }

  /**
   * Fits {@code requests} into {@code left}: shortens them or moves the last to the waiting list,
   * with {@code reason}, on behalf of rule {@code ruleId}.
   */
  void fit(Draft draft, List<Candidate> requests, Duration left, String ruleId, LocalizedText reason) {
    long leftMs = Math.max(0, left.toMillis());
    long sum = 0;
    for (Candidate c : requests) {
      sum += c.allottedMillis();
    }
    if (sum <= leftMs) {
      return;
    }
    long minMs = minimum.toMillis();
    int keep = 0;
    long kept = 0;
    for (Candidate c : requests) {
      long need = policy == FitPolicy.WAIT_LIST ? c.allottedMillis() : Math.min(c.allottedMillis(), minMs);
      if (kept + need > leftMs) {
        break;
      }
      kept += need;
      keep++;
    }
    for (int i = keep; i < requests.size(); i++) {
      draft.moveToWaitingList(requests.get(i), ruleId, reason, WaitingEntry.Status.WAITING);
    }
    if (policy == FitPolicy.WAIT_LIST) {
      return;
    }
    long[] allotted = new long[keep];
    long keptSum = 0;
    for (int i = 0; i < keep; i++) {
      allotted[i] = requests.get(i).allottedMillis();
      keptSum += allotted[i];
    }
    long[] shortened = Proportion.shorten(allotted, minMs, keptSum - leftMs);
    for (int i = 0; i < keep; i++) {
      if (shortened[i] < allotted[i]) {
        draft.allot(requests.get(i), Duration.ofMillis(shortened[i]));
      }
    }
  }
}
