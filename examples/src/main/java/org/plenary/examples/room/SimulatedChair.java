package org.plenary.examples.room;

import java.time.Duration;
import org.plenary.core.plan.Slot;
import org.plenary.core.sitting.Moment;

/**
 * A chair for a demonstration: calls each speaker in turn, lets some run over and others finish
 * early, and re-plans once when the sitting runs late, through the same actions as the console. It
 * stops when the list is done or the chair's own console suspends the sitting for good.
 */
final class SimulatedChair implements Runnable {

  /** How far each speaker, in turn, runs past (or short of) their time, in hundredths. */
  private static final int[] OVERRUN = {20, -15, 5, 40, 0, -30, 10};

  private final Room room;
  private final double speed;
  private volatile boolean stopped;

  SimulatedChair(Room room, double speed) {
    this.room = room;
    this.speed = speed;
  }

  /** Stops after the step under way. */
  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    boolean replanned = false;
    Duration idle = Duration.ZERO;
    try {
      while (!stopped) {
        Moment m = room.now();
        if (m.pausedSince().isEmpty()) {
          if (m.current().isPresent()) {
            Slot s = m.current().get();
            long past = OVERRUN[m.done().size() % OVERRUN.length];
            Duration stop = s.allotted().multipliedBy(past).dividedBy(100);
            if (m.timeLeft().orElseThrow().compareTo(stop.negated()) <= 0) {
              take(Action.of("end"));
              idle = Duration.ZERO;
            }
          } else if (m.remaining().isEmpty()) {
            return;
          } else if (idle.compareTo(Duration.ofSeconds(5)) >= 0) {
            if (!replanned && !m.onTime() && m.done().size() >= 3) {
              take(Action.of("replan"));
              replanned = true;
            }
            take(Action.of("next"));
          } else {
            idle = idle.plusSeconds(1);
          }
        }
        Thread.sleep(Math.max(10, (long) (1000 / speed)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void take(Action a) {
    try {
      room.act(a);
    } catch (Refusal r) {
      // the chair at the console acted first: the next step sees the sitting as it now is
    }
  }
}
