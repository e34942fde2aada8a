package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.text.LocalizedText;

/**
 * A plan being drafted: the candidates of each segment in their current order, and those moved to
 * the waiting list. The planner hands it to each shaping rule in turn; rules admit, order, allot and
 * trim through it.
 *
 * <p>Not thread-safe; it lives only while the planner runs.
 */
public final class Draft {

  private final Plenary plenary;
  private final List<String> segmentIds;
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<ArrayList<Candidate>> bySegment = new ArrayList<>();
  private final boolean[] dirty;
  private final ArrayList<WaitingEntry> waiting = new ArrayList<>();
  private int added;
  private int programme;

  Draft(Plenary plenary) {
    this.plenary = plenary;
    this.segmentIds = plenary.segmentIds();
    checkArgument(segmentIds.size() <= Short.MAX_VALUE,
        "plenary '%s' has %s segments; at most %s can be planned", plenary.code(), segmentIds.size(),
        Short.MAX_VALUE);
    for (Segment s : plenary.segments()) {
      positions.put(s.id(), bySegment.size());
      bySegment.add(new ArrayList<>());
    }
    this.dirty = new boolean[bySegment.size()];
  }

  /** The position of segment {@code segmentId} in the plenary, or -1. */
  int position(String segmentId) {
    Integer at = positions.get(segmentId);
    return at == null ? -1 : at;
  }

  void add(Candidate c) {
    bySegment.get(c.position).add(c);
    added++;
    programme += c.isRequest() ? 0 : 1;
  }

  /**
   * Makes room for {@code perSegment[i]} more candidates in the segment at position {@code i}, and on
   * the waiting list for them all, so that a long list is sized once.
   */
  void expect(int[] perSegment) {
    int size = 0;
    for (int i = 0; i < perSegment.length; i++) {
      ArrayList<Candidate> list = bySegment.get(i);
      list.ensureCapacity(list.size() + perSegment[i]);
      size += list.size() + perSegment[i];
    }
    waiting.ensureCapacity(size);
  }

  /** The plenary being planned. */
  public Plenary plenary() {
    return plenary;
  }

  /** The candidates of segment {@code segmentId}, in their current order; a read-only view. */
  public List<Candidate> candidates(String segmentId) {
    int at = position(requireNonNull(segmentId, "segmentId"));
    checkArgument(at >= 0, "segment '%s' does not exist; the segments are %s", segmentId, segmentIds);
    return Collections.unmodifiableList(current(at));
  }

  private List<Candidate> current(int position) {
    List<Candidate> list = bySegment.get(position);
    if (dirty[position]) {
      list.removeIf(c -> c.out);
      dirty[position] = false;
    }
    return list;
  }

  /** Every candidate, segment after segment, in order: a new list, which the caller may change. */
  public List<Candidate> candidates() {
    int size = 0;
    for (int i = 0; i < bySegment.size(); i++) {
      size += current(i).size();
    }
    List<Candidate> all = new ArrayList<>(size);
    for (List<Candidate> list : bySegment) {
      for (Candidate c : list) {
        all.add(c);
      }
    }
    return all;
  }

  /** The waiting list so far, in the order entries were moved to it. */
  public List<WaitingEntry> waitingList() {
    return Collections.unmodifiableList(waiting);
  }

  /**
   * Moves {@code candidate} out of the plan to the waiting list, with the rule that did it and why.
   */
  public void moveToWaitingList(Candidate candidate, String ruleId, LocalizedText reason,
      WaitingEntry.Status status) {
    requireNonNull(candidate, "candidate");
    if (candidate.out) {
      throw new IllegalArgumentException(
          "candidate '" + candidate.id() + "' is already on the waiting list");
    }
    WaitingEntry entry = candidate.toWaitingEntry(requireNonNull(ruleId, "ruleId"),
        requireNonNull(reason, "reason"), requireNonNull(status, "status"));
    candidate.out = true;
    dirty[candidate.position] = true;
    waiting.add(entry);
  }

  /** Marks {@code candidate} as admitted late: ordering rules place it after those on time. */
  public void markLate(Candidate candidate) {
    requireNonNull(candidate, "candidate").markLate();
  }

  /** Allots {@code time} to {@code candidate}; it must be positive. */
  public void allot(Candidate candidate, Duration time) {
    requireNonNull(candidate, "candidate");
    requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException(
          "allotted time of '" + candidate.id() + "' (" + time + ") must be positive");
    }
    candidate.allot(time);
  }

  /**
   * Puts the candidates of segment {@code segmentId} in {@code order}, which must hold exactly the
   * segment's current candidates.
   */
  public void reorder(String segmentId, List<Candidate> order) {
    List<Candidate> current = candidates(segmentId);
    // A copy first: the order may be a view of the list it replaces.
    Candidate[] next = order.toArray(new Candidate[0]);
    checkArgument(next.length == current.size(),
        "new order of segment '%s' has %s candidates, not %s", segmentId, next.length, current.size());
    int at = position(segmentId);
    long[] present = new long[(added + 63) >>> 6];
    for (Candidate c : current) {
      int serial = serial(c);
      present[serial >>> 6] |= 1L << serial;
    }
    for (Candidate c : next) {
      int serial = serial(requireNonNull(c, "candidate"));
      long bit = 1L << serial;
      if (c.position != at || (present[serial >>> 6] & bit) == 0) {
        throw new IllegalArgumentException("new order of segment '" + segmentId + "' holds '" + c.id()
            + "' twice or from elsewhere");
      }
      present[serial >>> 6] &= ~bit;
    }
    List<Candidate> list = bySegment.get(at);
    list.clear();
    Collections.addAll(list, next);
  }

  /**
   * A number no other candidate of this draft has: a programme item's index, or a request's index
   * after the whole programme's.
   */
  private int serial(Candidate c) {
    return c.isRequest() ? programme + c.index() : c.index();
  }

  /** The time the draft takes now: every allotment and every declared gap. */
  public Duration total() {
    long seconds = 0;
    long nanos = 0;
    for (int i = 0; i < bySegment.size(); i++) {
      seconds += plenary.segments().get(i).gapBefore().getSeconds();
      for (Candidate c : current(i)) {
        seconds += c.allotted().getSeconds();
        nanos += c.allotted().getNano();
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Draft[");
    for (int i = 0; i < bySegment.size(); i++) {
      out.append(segmentIds.get(i)).append('=').append(current(i).size()).append(' ');
    }
    return out.append("waiting=").append(waiting.size()).append(']').toString();
  }
}
