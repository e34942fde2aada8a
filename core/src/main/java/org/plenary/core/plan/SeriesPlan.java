package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Series;

/**
 * The plan of a {@link Series}: one {@link Plan} per meeting, in order. Whoever did not fit in a
 * meeting is on its waiting list, {@linkplain Decision.Kind#CARRIED_OVER carried over} to the
 * next, where they are planned again; the series' own {@linkplain #waitingList waiting list} is who is
 * left at the end. Each request is in exactly one meeting or on that list. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class SeriesPlan {

  SeriesPlan() {}

  /** The meetings planned. */
  @Value.Parameter
  public abstract Series series();

  /** The plan of each meeting, in the series' order. */
  @Value.Parameter
  public abstract List<Plan> meetings();

  /** The plan of these meetings, each the plan of the series' meeting at the same place. */
  public static SeriesPlan of(Series series, List<Plan> meetings) {
    return ImmutableSeriesPlan.of(series, meetings);
  }

  /** The plan of the meeting at {@code index}, counted from 0. */
  public final Plan meeting(int index) {
    series().meeting(index);
    return meetings().get(index);
  }

  /**
   * Who is kept out at the end: every meeting's waiting entries that were not carried over, meeting
   * after meeting.
   */
  public final List<WaitingEntry> waitingList() {
    List<WaitingEntry> out = new ArrayList<>();
    for (Plan p : meetings()) {
      for (WaitingEntry w : p.waitingList()) {
        if (w.status() != Decision.Kind.CARRIED_OVER) {
          out.add(w);
        }
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    checkArgument(meetings().size() == series().meetings().size(),
        "a plan of a series of %s meetings holds %s plans", series().meetings().size(), meetings().size());
    for (int i = 0; i < meetings().size(); i++) {
      checkArgument(meetings().get(i).plenary().equals(series().meetings().get(i)),
          "plan %s is not of meeting %s of the series (%s %s)", i + 1, i + 1,
          series().meetings().get(i).date(), series().meetings().get(i).start());
    }
  }

  @Override
  public String toString() {
    int slots = 0;
    int carried = 0;
    for (Plan p : meetings()) {
      slots += p.slots().size();
      carried += (int) p.waitingList().stream()
          .filter(w -> w.status() == Decision.Kind.CARRIED_OVER).count();
    }
    return "SeriesPlan of " + meetings().size() + (meetings().size() == 1 ? " meeting: " : " meetings: ")
        + slots + " slots, " + carried + " carried over, " + waitingList().size() + " waiting at the end";
  }
}
