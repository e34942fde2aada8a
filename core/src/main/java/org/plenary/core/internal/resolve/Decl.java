package org.plenary.core.internal.resolve;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.core.agenda.Speech;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;

/** The declarations a rule can make, each with the rule that made it and its place among them. */
final class Decl {

  private Decl() {}

  /** What every declaration has: its rule, and its place among the rule's declarations. */
  public interface Any {
    /** The rule that declared it. */
    Rule rule();

    /** Its place among the rule's declarations. */
    int seq();
  }

  /** Declarations in the order the planner applies them: by rule id, then as declared. */
  public static final Comparator<Any> ORDER =
      Comparator.<Any, String>comparing(d -> d.rule().id()).thenComparingInt(Any::seq);

  /** {@link org.plenary.core.rule.Declarations#admit}. */
  public record Admit(Rule rule, int seq, Selector scope,
      Function<? super RequestToSpeak, Verdict> verdict) implements Any {}

  /** {@link org.plenary.core.rule.Declarations#onePer}. */
  public record OnePer(Rule rule, int seq, Selector scope, Function<? super Speech, ?> key)
      implements Any {}

  /** {@link org.plenary.core.rule.Declarations#order}. */
  public record Order(Rule rule, int seq, Selector scope, int priority,
      ToLongFunction<? super RequestToSpeak> key) implements Any {}

  /** {@link org.plenary.core.rule.Declarations#alternate}. */
  public record Alternate(Rule rule, int seq, Selector scope, int priority,
      Function<? super RequestToSpeak, String> group, List<String> turns) implements Any {}

  /** {@link org.plenary.core.rule.Declarations#pin}. */
  public record Pin(Rule rule, int seq, String id, int place) implements Any {}

  /** {@link org.plenary.core.rule.Declarations#limit}. */
  public record Limit(Rule rule, int seq, Selector who, Duration most) implements Any {}

  /**
   * {@link org.plenary.core.rule.Declarations#capacity}: a time capacity has {@code most}, a count
   * of places has {@code places} above zero.
   */
  public record Capacity(Rule rule, int seq, Selector who, Duration most, int places, Fit fit)
      implements Any {
    /** Whether it counts places rather than time. */
    public boolean countsPlaces() {
      return places > 0;
    }
  }

  /**
   * {@link org.plenary.core.rule.Declarations#reserve}: time held has {@code time}, places held have
   * {@code places} above zero.
   */
  public record Reserve(Rule rule, int seq, Selector who, Duration time, int places) implements Any {
    /** Whether it holds places rather than time. */
    public boolean holdsPlaces() {
      return places > 0;
    }
  }
}
