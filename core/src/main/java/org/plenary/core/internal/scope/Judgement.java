package org.plenary.core.internal.scope;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.plenary.core.text.LocalizedText;

/**
 * A {@code Declarations.Verdict} as the planner reads it: what is decided and why. A rule only makes
 * verdicts; what they hold is the planner's to read.
 *
 * @param kind what is decided
 * @param why why, for every kind but a plain admission
 */
public record Judgement(Kind kind, Optional<LocalizedText> why) {

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

  private static final Reader<Judgement> READER = new Reader<>("verdict");

  public Judgement {
    requireNonNull(kind, "kind");
    requireNonNull(why, "why");
    if (why.isEmpty() != (kind == Kind.ADMIT)) {
      throw new IllegalArgumentException(why.isEmpty() ? "a verdict " + kind + " needs a reason"
          : "a verdict " + kind + " takes no reason ('" + why.get().english() + "')");
    }
  }

  /** How {@code Verdict} gives its judgement: set once, by {@code Verdict} itself when it is loaded. */
  public static void readVerdictsWith(Function<Object, Judgement> read) {
    READER.register(read);
  }

  /** The judgement of {@code verdict}, a {@code Verdict}. */
  public static Judgement of(Object verdict) {
    return READER.of(verdict);
  }
}
