package org.plenary.core.agenda;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.text.LocalizedText;

/**
 * Meetings that share one list of speakers, as a general debate runs over several days of morning
 * and afternoon meetings. Each meeting is a {@link Plenary} with its own date, start, budget and
 * fixed items; the list is filled meeting after meeting, and whoever does not fit is carried over to
 * the next, in order.
 *
 * <p>The meetings run one after the other without overlapping, and every one takes requests for the
 * same segments, so that a request can go to any of them. Immutable and thread-safe.
 *
 * <pre>{@code
 * Series debate = Series.of(List.of(mondayMorning, mondayAfternoon, tuesdayMorning));
 * SeriesPlan plan = Planner.of(rules).plan(debate, requests);
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Series {

  Series() {}

  /** The meetings, in the order they are held. */
  @Value.Parameter
  public abstract List<Plenary> meetings();

  /** A series of these meetings, checked: at least one, in time order, none overlapping. */
  public static Series of(List<Plenary> meetings) {
    return ImmutableSeries.of(requireNonNull(meetings, "meetings"));
  }

  /** The meeting at {@code index}, counted from 0. */
  public final Plenary meeting(int index) {
    checkArgument(index >= 0 && index < meetings().size(), "meeting %s does not exist; the series has %s",
        index, meetings().size());
    return meetings().get(index);
  }

  /**
   * How a reader names the meeting at {@code index}: "the afternoon meeting on Friday, 6 December
   * 2019", "la séance de l'après-midi du vendredi 6 décembre 2019".
   */
  public final LocalizedText name(int index) {
    Plenary m = meeting(index);
    LocalTime start = m.start();
    String part = start.isBefore(LocalTime.NOON) ? "meeting.morning"
        : start.isBefore(LocalTime.of(18, 0)) ? "meeting.afternoon" : "meeting.evening";
    return Messages.CORE.text(part, Dates.day(m.date()));
  }

  @Value.Check
  void check() {
    List<Plenary> all = meetings();
    checkArgument(!all.isEmpty(), "meetings (%s) must hold at least one meeting", all);
    Set<String> taking = takingRequests(all.get(0));
    for (int i = 1; i < all.size(); i++) {
      Plenary before = all.get(i - 1);
      Plenary m = all.get(i);
      checkArgument(!m.startInstant().isBefore(before.hardEnd()),
          "meeting %s (%s %s) starts before meeting %s (%s %s) ends at %s; meetings run one after the other",
          i + 1, m.date(), m.start(), i, before.date(), before.start(), before.hardEnd());
      checkArgument(takingRequests(m).equals(taking),
          "meeting %s (%s %s) takes requests for segments %s, but meeting 1 for %s; every meeting of a "
              + "series takes requests for the same segments", i + 1, m.date(), m.start(),
          takingRequests(m), taking);
    }
  }

  private static Set<String> takingRequests(Plenary p) {
    Set<String> ids = new TreeSet<>();
    for (Segment s : p.segments()) {
      if (s.takesRequests()) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  @Override
  public String toString() {
    List<String> each = new ArrayList<>();
    for (Plenary m : meetings()) {
      each.add(m.date() + " " + m.start() + " " + Durations.format(m.budget()));
    }
    return "Series of " + meetings().size() + (meetings().size() == 1 ? " meeting " : " meetings ") + each;
  }
}
