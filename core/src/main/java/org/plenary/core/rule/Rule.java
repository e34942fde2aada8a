package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.text.LocalizedText;

/**
 * A pluggable policy for a plenary: it {@linkplain #declare declares} what it wants of a plan, and
 * the planner resolves every rule's declarations at once.
 *
 * <p>A rule has an id ({@code time-limit.speaking}), a name as readers know it ("the speaking
 * limit") and the reason it exists, its source ("concept note, Format: three minutes at most"). It
 * does not shape a plan itself and does not run in any order: it states admissions, orders, fixed
 * places, limits and capacities through {@link Declarations}, and every decision in the plan names
 * the rule that made it. The planner records what each declaration did, a line for the rule, and
 * {@link org.plenary.core.planner.Planner#check} holds a plan made elsewhere against the same
 * declarations, so that a rule reports what it did without writing a check. What a rule asks is
 * {@linkplain #describe derived from its declarations} unless it says so in words of its own.
 *
 * <pre>{@code
 * Rule threeMinutes = Rule.of("time-limit.floor", LocalizedText.of("three minutes on the floor"),
 *     LocalizedText.of("concept note, Format"),
 *     d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(3)));
 *
 * final class NewVoicesFirst extends Rule {
 *   NewVoicesFirst() { super("order.new-voices-first", name, reason); }
 *   public void declare(Declarations d) { ... }
 * }
 * }</pre>
 *
 * <p>Add a rule to a {@link RuleSet}, or offer it to configuration files through a
 * {@link RuleProvider}. A rule keeps no state that changes; {@link #because} copies it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Rule implements Cloneable {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  private final String id;
  private final LocalizedText name;
  /** Not final only so that {@link #because} can state another in a copy. */
  private LocalizedText reason;

  /**
   * A rule called {@code id} (lower-case words joined by dots or hyphens, such as
   * {@code time-limit.speaking}), named {@code name} as decisions and findings name it, that exists
   * for {@code reason}.
   *
   * @throws IllegalArgumentException if the id is not of that form
   */
  protected Rule(String id, LocalizedText name, LocalizedText reason) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.reason = requireNonNull(reason, "reason");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id '" + id
          + "' must be lower-case words joined by dots or hyphens, such as 'time-limit.speaking'");
    }
  }

  /**
   * A rule made of its id, its name, its reason and what it declares: for a rule of a facilitation's
   * own, written in a few lines. It is equal to another only if it is the same object.
   */
  public static Rule of(String id, LocalizedText name, LocalizedText reason, Consumer<Declarations> declare) {
    requireNonNull(declare, "declare");
    return new Rule(id, name, reason) {
      @Override
      public void declare(Declarations declarations) {
        declare.accept(declarations);
      }
    };
  }

  /** The rule's id, such as {@code time-limit.speaking}. */
  public final String id() {
    return id;
  }

  /** The rule's name as decisions and findings name it: "the speaking limit". */
  public final LocalizedText name() {
    return name;
  }

  /** Why: the source of the rule, in each language; the one stated by {@link #because} if any. */
  public final LocalizedText reason() {
    return reason;
  }

  /**
   * What the rule asks of {@code plenary}, naming its segments and speakers as readers know them. By
   * default it is derived from what the rule declares and the words of its selectors ("At most 3 min
   * a speech: “The floor”"); a rule with words of its own overrides it.
   */
  public LocalizedText describe(Plenary plenary) {
    return Described.of(this, requireNonNull(plenary, "plenary"));
  }

  /**
   * States what the rule wants of a plan of {@code declarations.plenary()}. The planner calls it once
   * a plan, and once a re-plan of a sitting; a rule that throws is reported as an error finding and
   * its declarations are left out.
   */
  public abstract void declare(Declarations declarations);

  /**
   * Checks what the declarations cannot express, and reports findings; none unless overridden. The
   * planner checks the declarations themselves.
   */
  public List<Finding> check(Plan plan) {
    return List.of();
  }

  /**
   * This rule with {@code reason} as its stated reason: a copy of the same class, with the same
   * settings, as {@code instanceof} and {@link RuleSet#rule(String, Class)} see it.
   */
  public final Rule because(LocalizedText reason) {
    requireNonNull(reason, "reason");
    try {
      Rule copy = (Rule) clone();
      copy.reason = reason;
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError("a rule is Cloneable", e);
    }
  }

  /** The id and the name in English: {@code time-limit.speaking (the speaking limit)}. */
  @Override
  public String toString() {
    return id + " (" + name.english() + ")";
  }
}
