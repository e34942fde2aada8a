package org.plenary.rules.replan;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Severity;
import org.plenary.core.sitting.Remaining;
import org.plenary.core.sitting.ReplanStrategy;
import org.plenary.core.text.Dates;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * Moves the last remaining speakers in order — those last in precedence — to the waiting list until
 * the sitting ends by its hard end. Fixed items and points of order stay; nobody is reordered. One
 * finding per speaker moved. Immutable and thread-safe.
 */
public final class WaitListLast implements ReplanStrategy {

  /** The strategy's id. */
  public static final String ID = "replan.wait-list";

  private WaitListLast() {}

  /** The strategy. */
  public static WaitListLast create() {
    return new WaitListLast();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> replan(Remaining r) {
    return moveWhile(r, java.time.Duration.ZERO, null);
  }

  /**
   * Moves the last movable speakers to the waiting list while the overrun exceeds {@code spare}, the
   * time the statements still planned can give up by being shortened to {@code minimum} (null when
   * nobody is to be shortened).
   */
  static List<Finding> moveWhile(Remaining r, java.time.Duration spare, java.time.Duration minimum) {
    List<Finding> findings = new ArrayList<>();
    List<Slot> items = r.items();
    LocalizedText reason = Messages.RULES.text("replan.wait-list.reason",
        Dates.clock(r.hardEnd().atZone(r.plenary().venue().zone())));
    java.time.Duration canGive = spare;
    for (int i = items.size() - 1; i >= 0 && r.overrun().compareTo(canGive) > 0; i--) {
      Slot s = items.get(i);
      if (r.movable(s)) {
        r.moveToWaitingList(s, ID, reason);
        findings.add(Finding.builder().ruleId(ID).severity(Severity.WARNING).subject(s.id()).reason(reason)
            .message(Messages.RULES.text("replan.wait-list.done", s.intervention().speaker().delegation().name()))
            .build());
        if (minimum != null) {
          canGive = canGive.minus(ShortenThenWaitList.give(s, minimum));
        }
      }
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID;
  }
}
