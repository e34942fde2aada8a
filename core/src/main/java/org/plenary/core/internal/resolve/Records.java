package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * What each declaration did, a note for its rule's line, whether the planner wrote it as it decided
 * or a check as it read. The notes of one rule read in the order of the kinds (admissions, one
 * statement each, orders, fixed places, limits, capacities, reserves), then as declared, however
 * the work went. Not thread-safe.
 */
final class Records {

  /** The kinds, in the order their notes read. */
  enum Kind { ADMISSION, ONE_STATEMENT, ORDER, PIN, LIMIT, CAPACITY, RESERVE }

  private record Line(Kind kind, Rule rule, int seq, LocalizedText text) {}

  private static final Comparator<Line> READING = Comparator.comparing(Line::kind).thenComparingInt(Line::seq);

  private final List<Line> lines = new ArrayList<>();

  /** What {@code d} did to {@code count} speeches, in the words {@code note} gives; nothing if none. */
  void add(Decl d, int count, Supplier<LocalizedText> note) {
    add(kindOf(d), d.rule(), d.seq(), count, note);
  }

  /** What the declarations of {@code kind} of {@code rule} did, together, to {@code count} speeches. */
  void add(Kind kind, Rule rule, int seq, int count, Supplier<LocalizedText> note) {
    if (count > 0) {
      lines.add(new Line(kind, rule, seq, note.get()));
    }
  }

  private static Kind kindOf(Decl d) {
    if (d instanceof Admission) {
      return Kind.ADMISSION;
    } else if (d instanceof OneStatement) {
      return Kind.ONE_STATEMENT;
    } else if (d instanceof Pin) {
      return Kind.PIN;
    } else if (d instanceof Limit) {
      return Kind.LIMIT;
    } else if (d instanceof Capacity) {
      return Kind.CAPACITY;
    } else if (d instanceof Reserve) {
      return Kind.RESERVE;
    }
    return Kind.ORDER;
  }

  /** Gives {@code report} every note, each rule's in reading order. */
  void into(Report report) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(READING);
    for (Line l : sorted) {
      report.note(l.rule(), l.text());
    }
  }
}
