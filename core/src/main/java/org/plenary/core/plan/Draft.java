package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
  private final Map<String, List<Candidate>> bySegment = new LinkedHashMap<>();
  private final Map<String, Boolean> dirty = new LinkedHashMap<>();
  private final List<WaitingEntry> waiting = new ArrayList<>();
  private int epoch;

  Draft(Plenary plenary) {
    this.plenary = plenary;
    for (Segment s : plenary.segments()) {
      bySegment.put(s.id(), new ArrayList<>());
      dirty.put(s.id(), false);
    }
  }

  void add(Candidate c) {
    bySegment.get(c.segment()).add(c);
  }

  /** The plenary being planned. */
  public Plenary plenary() {
    return plenary;
  }

  /** The candidates of segment {@code segmentId}, in their current order; a read-only view. */
  public List<Candidate> candidates(String segmentId) {
    List<Candidate> list = bySegment.get(requireNonNull(segmentId, "segmentId"));
    checkArgument(list != null, "segment '%s' does not exist; the segments are %s", segmentId,
        bySegment.keySet());
    if (dirty.get(segmentId)) {
      list.removeIf(c -> c.out);
      dirty.put(segmentId, false);
    }
    return Collections.unmodifiableList(list);
  }

  /** Every candidate, segment after segment, in order. */
  public List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (String id : bySegment.keySet()) {
      all.addAll(candidates(id));
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
    checkArgument(!candidate.out, "candidate '%s' is already on the waiting list", candidate.id());
    candidate.out = true;
    dirty.put(candidate.segment(), true);
    waiting.add(WaitingEntry.of(candidate.segment(), candidate.intervention(), candidate.request(),
        requireNonNull(ruleId, "ruleId"), requireNonNull(reason, "reason"), requireNonNull(status, "status")));
  }

  /** Marks {@code candidate} as admitted late: ordering rules place it after those on time. */
  public void markLate(Candidate candidate) {
    requireNonNull(candidate, "candidate").markLate();
  }

  /** Allots {@code time} to {@code candidate}; it must be positive. */
  public void allot(Candidate candidate, Duration time) {
    requireNonNull(candidate, "candidate");
    requireNonNull(time, "time");
    checkArgument(!time.isNegative() && !time.isZero(),
        "allotted time of '%s' (%s) must be positive", candidate.id(), time);
    candidate.allot(time);
  }

  /**
   * Puts the candidates of segment {@code segmentId} in {@code order}, which must hold exactly the
   * segment's current candidates.
   */
  public void reorder(String segmentId, List<Candidate> order) {
    List<Candidate> current = candidates(segmentId);
    checkArgument(order.size() == current.size(),
        "new order of segment '%s' has %s candidates, not %s", segmentId, order.size(),
        current.size());
    int token = ++epoch;
    for (Candidate c : current) {
      c.mark = token;
    }
    for (Candidate c : order) {
      checkArgument(c.mark == token,
          "new order of segment '%s' holds '%s' twice or from elsewhere", segmentId, c.id());
      c.mark = -token;
    }
    List<Candidate> list = bySegment.get(segmentId);
    list.clear();
    list.addAll(order);
  }

  /** The time the draft takes now: every allotment and every declared gap. */
  public Duration total() {
    Duration total = Duration.ZERO;
    for (Segment s : plenary.segments()) {
      total = total.plus(s.gapBefore());
      for (Candidate c : candidates(s.id())) {
        total = total.plus(c.allotted());
      }
    }
    return total;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Draft[");
    for (String id : bySegment.keySet()) {
      out.append(id).append('=').append(candidates(id).size()).append(' ');
    }
    return out.append("waiting=").append(waiting.size()).append(']').toString();
  }
}
