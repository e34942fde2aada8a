package org.plenary.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;

/**
 * An intervention while a plan is being drafted: programmed or requested, with the time allotted so
 * far. Rules read it and change it through its {@link Draft}. Not thread-safe; it lives only while
 * the planner runs.
 *
 * <p>What rules read most (constituency, allotment) is read from the request once, when the
 * candidate is made, so that a pass over a million candidates in any order does not chase pointers;
 * a request's {@link #intervention()} is built only when asked for.
 */
public final class Candidate {

  // A million of these live while a long list is planned: the fields are kept to 48 bytes.
  private final String segment;
  private final RequestToSpeak request;
  private Intervention intervention;
  private final Constituency constituency;
  private Duration allotted;
  private long allottedMillis;
  private final int index;
  final short position;
  private boolean late;
  boolean out;

  private Candidate(String segment, int position, Intervention intervention, RequestToSpeak request,
      Speaker speaker, Duration allotted, int index) {
    this.segment = segment;
    this.position = (short) position;
    this.intervention = intervention;
    this.request = request;
    this.constituency = speaker.constituency();
    this.index = index;
    allot(allotted);
  }

  /** A programme item of the segment at {@code position}. */
  static Candidate programme(String segment, int position, Intervention intervention, int index) {
    return new Candidate(segment, position, intervention, null, intervention.speaker(),
        intervention.duration(), index);
  }

  /** A request for the segment at {@code position}, {@code index}th in the list given. */
  static Candidate request(int position, RequestToSpeak request, int index) {
    return new Candidate(request.segment(), position, null, request, request.speaker(), request.duration(),
        index);
  }

  /** The id of the segment it is in. */
  public String segment() {
    return segment;
  }

  /** The intervention, with the duration asked for or programmed; a request's is built when first asked for. */
  public Intervention intervention() {
    if (intervention == null) {
      intervention = request.toIntervention();
    }
    return intervention;
  }

  /** The intervention's id. */
  public String id() {
    return request != null ? request.id() : intervention.id();
  }

  /** Who speaks. */
  public Speaker speaker() {
    return request != null ? request.speaker() : intervention.speaker();
  }

  /** The group it speaks on behalf of, if not only the speaker's delegation. */
  public Optional<Delegation> onBehalfOf() {
    return request != null ? request.onBehalfOf() : intervention.onBehalfOf();
  }

  /** The constituency it speaks in. */
  public Constituency constituency() {
    return constituency;
  }

  /** The request it comes from; empty for the programme. */
  public Optional<RequestToSpeak> request() {
    return Optional.ofNullable(request);
  }

  /**
   * When its request was received, read without wrapping the request in an {@link Optional}: for
   * rules that pass over long lists.
   *
   * @throws IllegalStateException if it is a programme item, which was never requested
   */
  public Instant received() {
    if (request == null) {
      throw new IllegalStateException("'" + id() + "' is a programme item, not a request: it has no time received");
    }
    return request.received();
  }

  /** Whether it comes from the list of speakers. */
  public boolean isRequest() {
    return request != null;
  }

  /** The position of the request in the list as given to the planner, or of the programme item. */
  public int index() {
    return index;
  }

  /** The time allotted so far. */
  public Duration allotted() {
    return allotted;
  }

  /** The time allotted so far, in whole milliseconds: for rules that add up long lists. */
  public long allottedMillis() {
    return allottedMillis;
  }

  /** Whether a deadline rule admitted it as late, to be placed after those on time. */
  public boolean late() {
    return late;
  }

  void allot(Duration d) {
    this.allotted = d;
    this.allottedMillis = d.toMillis();
  }

  void markLate() {
    this.late = true;
  }

  WaitingEntry toWaitingEntry(String ruleId, LocalizedText reason, WaitingEntry.Status status) {
    if (request != null && intervention == null) {
      return WaitingEntry.of(segment, request, ruleId, reason, status);
    }
    return WaitingEntry.of(segment, intervention(), request(), ruleId, reason, status);
  }

  Slot toSlot() {
    return Slot.of(segment, intervention(), allotted, request(), late);
  }

  @Override
  public String toString() {
    return segment + "/" + id() + " " + Durations.format(allotted) + (late ? " late" : "");
  }
}
