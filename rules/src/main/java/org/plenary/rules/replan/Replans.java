package org.plenary.rules.replan;

import java.time.Duration;
import org.plenary.core.sitting.ReplanStrategy;

/** The standard re-planning of a sitting: shorten in proportion first, then wait-list the last. */
public final class Replans {

  private Replans() {}

  /**
   * The two in sequence: wait-lists only those who would not fit even with every statement shortened
   * to {@code minimum}, then shortens the others in proportion.
   */
  public static ReplanStrategy standard(Duration minimum) {
    return ShortenThenWaitList.downTo(minimum);
  }
}
