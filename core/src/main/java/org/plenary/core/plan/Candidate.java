package org.plenary.core.plan;

import java.time.Duration;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.Durations;

/**
 * An intervention while a plan is being drafted: programmed or requested, with the time allotted so
 * far. Rules read it and change it through its {@link Draft}. Not thread-safe; it lives only while
 * the planner runs.
 */
public final class Candidate {

  private final String segment;
  private final Intervention intervention;
  private final RequestToSpeak request;
  private final int index;
  private Duration allotted;
  private boolean late;
  boolean out;
  int mark;

  Candidate(String segment, Intervention intervention, RequestToSpeak request, int index) {
    this.segment = segment;
    this.intervention = intervention;
    this.request = request;
    this.index = index;
    this.allotted = intervention.duration();
  }

  /** The id of the segment it is in. */
  public String segment() {
    return segment;
  }

  /** The intervention, with the duration asked for or programmed. */
  public Intervention intervention() {
    return intervention;
  }

  /** The intervention's id. */
  public String id() {
    return intervention.id();
  }

  /** The constituency it speaks in. */
  public Constituency constituency() {
    return intervention.constituency();
  }

  /** The request it comes from; empty for the programme. */
  public Optional<RequestToSpeak> request() {
    return Optional.ofNullable(request);
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

  /** Whether a deadline rule admitted it as late, to be placed after those on time. */
  public boolean late() {
    return late;
  }

  void allot(Duration d) {
    this.allotted = d;
  }

  void markLate() {
    this.late = true;
  }

  Slot toSlot() {
    return Slot.of(segment, intervention, allotted, Optional.ofNullable(request), late);
  }

  @Override
  public String toString() {
    return segment + "/" + id() + " " + Durations.format(allotted) + (late ? " late" : "");
  }
}
