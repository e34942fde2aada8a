package org.plenary.rules.time;

import java.time.Duration;
import java.util.List;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;

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
      sum += c.allotted().toMillis();
    }
    if (sum <= leftMs) {
      return;
    }
    long minMs = minimum.toMillis();
    int keep = 0;
    long kept = 0;
    for (Candidate c : requests) {
      long need = policy == FitPolicy.WAIT_LIST ? c.allotted().toMillis()
          : Math.min(c.allotted().toMillis(), minMs);
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
    long keptSum = 0;
    long give = 0;
    for (int i = 0; i < keep; i++) {
      long a = requests.get(i).allotted().toMillis();
      keptSum += a;
      give += a - Math.min(a, minMs);
    }
    long excess = keptSum - leftMs;
    if (excess <= 0 || give == 0) {
      return;
    }
    for (int i = 0; i < keep; i++) {
      Candidate c = requests.get(i);
      long a = c.allotted().toMillis();
      long g = a - Math.min(a, minMs);
      long cut = ceilMulDiv(g, excess, give);
      long seconds = Math.max((a - cut) / 1000, Math.min(a, minMs) / 1000);
      Duration now = seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofMillis(Math.min(a, minMs));
      if (now.compareTo(c.allotted()) < 0) {
        draft.allot(c, now);
      }
    }
  }

  /** {@code ceil(a * b / c)} for non-negative values, exact even where {@code a * b} overflows. */
  static long ceilMulDiv(long a, long b, long c) {
    try {
      long product = Math.multiplyExact(a, b);
      return product / c + (product % c == 0 ? 0 : 1);
    } catch (ArithmeticException overflow) {
      java.math.BigInteger[] qr = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
          .divideAndRemainder(java.math.BigInteger.valueOf(c));
      return qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
    }
  }
}
