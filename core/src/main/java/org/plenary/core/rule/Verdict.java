package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.plenary.core.text.LocalizedText;

/**
 * What an admission rule says of one request to speak: admitted, admitted after those on time,
 * wait-listed or refused, and why. The planner keeps the strongest verdict of all rules, refusal
 * first. Immutable and thread-safe; a rule may return the same verdict for many requests.
 */
public final class Verdict {

  /** What is decided, weakest first. */
  public enum Kind {
    /** Admitted like any other. */
    ADMIT,
    /** Admitted, to speak after every request admitted on time. */
    ADMIT_LATE,
    /** Kept off the list for now: may be called if time allows. */
    WAIT_LIST,
    /** Kept off the list for good. */
    REFUSE
  }

  private static final Verdict ADMITTED = new Verdict(Kind.ADMIT, Optional.empty());

  private final Kind kind;
  private final Optional<LocalizedText> why;

  private Verdict(Kind kind, Optional<LocalizedText> why) {
    this.kind = kind;
    this.why = why;
  }

  /** Admitted like any other request. */
  public static Verdict admit() {
    return ADMITTED;
  }

  /** Admitted after every request admitted on time, because of {@code why}. */
  public static Verdict admitLate(LocalizedText why) {
    return new Verdict(Kind.ADMIT_LATE, Optional.of(requireNonNull(why, "why")));
  }

  /** Kept off the list for now because of {@code why}: may be called if time allows. */
  public static Verdict waitList(LocalizedText why) {
    return new Verdict(Kind.WAIT_LIST, Optional.of(requireNonNull(why, "why")));
  }

  /** Kept off the list for good because of {@code why}. */
  public static Verdict refuse(LocalizedText why) {
    return new Verdict(Kind.REFUSE, Optional.of(requireNonNull(why, "why")));
  }

  /** What is decided. */
  public Kind kind() {
    return kind;
  }

  /** Why, for every verdict but a plain admission. */
  public Optional<LocalizedText> why() {
    return why;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict other && kind == other.kind && why.equals(other.why);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + why.hashCode();
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + why.map(w -> ": " + w.english()).orElse("");
  }
}
