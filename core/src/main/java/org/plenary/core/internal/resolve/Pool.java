package org.plenary.core.internal.resolve;

import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;

/**
 * A capacity as the fit works on it: whose it is, whom it holds, how much (nanoseconds, or places),
 * how it fits, and what it already holds before the first movable speech. Not thread-safe.
 */
final class Pool {

  final String ownerId;
  final LocalizedText ownerName;
  final Selector who;
  final long max;
  final boolean places;
  final Fit fit;
  /** The declaration, or null for the hard end of a sitting. */
  final Decl.Capacity decl;
  long used;
  boolean closed;

  Pool(String ownerId, LocalizedText ownerName, Selector who, long max, boolean places, Fit fit,
      Decl.Capacity decl) {
    this.ownerId = ownerId;
    this.ownerName = ownerName;
    this.who = who;
    this.max = max;
    this.places = places;
    this.fit = fit;
    this.decl = decl;
  }

  /** The pool of a declared capacity. */
  static Pool of(Decl.Capacity c) {
    return new Pool(c.rule().id(), c.rule().name(), c.who(),
        c.countsPlaces() ? c.places() : c.most().toNanos(), c.countsPlaces(), c.fit(), c);
  }

  /** Whether it holds {@code speech} of {@code segment}. */
  boolean holds(Segment segment, Speech speech) {
    return who.matches(segment, speech);
  }

  /** What {@code allotted} nanoseconds weigh in it: a place, or the time it cannot do without. */
  long need(long allotted) {
    if (places) {
      return 1;
    }
    return fit.shortens() ? Math.min(allotted, fit.minimum().toNanos()) : allotted;
  }

  /** Whether its gaps count: it holds whole segments. */
  boolean countsGaps(Segment segment) {
    return !places && who.wholeSegments() && who.covers(segment);
  }

  /**
   * Where it may be narrower than the others, so that the narrowest is checked first: a group within
   * segments, then segments, then the whole sitting.
   */
  int breadth(Plenary plenary) {
    if (!who.wholeSegments()) {
      return 0;
    }
    return who.everything() ? Integer.MAX_VALUE : who.segmentsIn(plenary).size();
  }

  @Override
  public String toString() {
    return ownerId + " " + who + " " + (places ? max + " places" : java.time.Duration.ofNanos(max))
        + " used " + used + (closed ? " closed" : "");
  }
}
