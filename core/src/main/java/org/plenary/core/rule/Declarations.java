package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.scope.Judgement;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;

/**
 * What a rule states it wants of a plan, handed to {@link Rule#declare}. The planner gathers every
 * rule's declarations and resolves them at once, so the result does not depend on the order of the
 * rules:
 *
 * <ol>
 *   <li><b>admit</b>: each request gets the strongest {@link Verdict} of every rule (refusal first),
 *       then one statement per key is kept ({@link #onePer});
 *   <li><b>order</b>: within a segment, the programme keeps its order and the requests follow, those
 *       admitted late last, sorted by every rule's keys in the sequence their {@link Place}s give;
 *       {@linkplain #alternate alternations} give groups turns; then {@linkplain #pin fixed places}
 *       are kept;
 *   <li><b>allot</b>: each speech gets the time asked, cut to the shortest {@linkplain #limit limit}
 *       that selects it;
 *   <li><b>fit</b>: in plan order, each request is kept if it fits every {@linkplain #capacity
 *       capacity} that holds it while leaving room for every {@linkplain #reserve reserve}; otherwise
 *       it waits (and every later one in that capacity with it), or statements are shortened, as the
 *       capacity's {@link Fit} says. The programme is never cut.
 * </ol>
 *
 * <p>Every decision names the rule that made it. Declarations that cannot all hold (two fixed places
 * on one, a reserve larger than its capacity) become findings that name both rules. Not thread-safe:
 * it lives while one rule declares.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Declarations {

  /** The place that means "last in its segment", for {@link #pin}. */
  int LAST = -1;

  /** The plenary being planned. */
  Plenary plenary();

  /** Each request {@code scope} selects gets {@code verdict.apply(request)}. */
  void admit(Selector scope, Function<? super RequestToSpeak, Verdict> verdict);

  /**
   * One statement per {@code key} (a delegation, say) in each segment {@code scope} covers: a
   * programme item keeps its place, else the request received first; the others are refused.
   */
  void onePer(Selector scope, Function<? super Speech, ?> key);

  /**
   * Requests in the segments {@code scope} covers are ordered by {@code key}, smallest first, at
   * {@code place} among the orders; those {@code scope} does not select come after those it does.
   */
  void order(Selector scope, Place place, ToLongFunction<? super RequestToSpeak> key);

  /**
   * Within the order of the keys after {@code place}, the requests of each {@code group} take turns
   * as {@code turns} lists the groups ({@code [state-party, other]} alternates two groups); a group
   * that runs out leaves its turns to the others; groups not listed come last.
   */
  void alternate(Selector scope, Place place, Function<? super RequestToSpeak, String> group,
      List<String> turns);

  /** Intervention {@code id} takes place {@code place} in its segment: 1 is first, {@link #LAST} last. */
  void pin(String id, int place);

  /** Every speech {@code who} selects gets at most {@code most}. */
  void limit(Selector who, Duration most);

  /** The speeches {@code who} selects take at most {@code most} together, fitted as {@code fit} says. */
  void capacity(Selector who, Duration most, Fit fit);

  /** At most {@code places} speeches {@code who} selects are kept; the last in order wait. */
  void capacity(Selector who, int places);

  /**
   * Of the time of the segments {@code who} covers, {@code time} is held for the speeches it
   * selects, as long as they ask for it; what they do not use goes back to the others. Nothing is
   * held for a speech that another capacity keeps out, a cap of places on part of the group, say.
   */
  void reserve(Selector who, Duration time);

  /** The time of {@code places} speeches {@code who} selects is held for them, as {@link #reserve(Selector, Duration)}. */
  void reserve(Selector who, int places);

  /**
   * What an admission rule says of one request to speak: admitted, admitted after those on time,
   * wait-listed or refused, and why. The planner keeps the strongest verdict of all rules, refusal
   * first. Immutable and thread-safe; a rule may return the same verdict for many requests.
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  abstract class Verdict {

    static {
      Judgement.readVerdictsWith(v -> ((Verdict) v).judgement());
    }

    private static final Verdict ADMITTED = ImmutableVerdict.of(new Judgement(Judgement.Kind.ADMIT,
        Optional.empty()));

    Verdict() {}

    /** What is decided and why, as the planner reads it. */
    @Value.Parameter
    abstract Judgement judgement();

    /** Admitted like any other request. */
    public static Verdict admit() {
      return ADMITTED;
    }

    /** Admitted after every request admitted on time, because of {@code why}. */
    public static Verdict admitLate(LocalizedText why) {
      return of(Judgement.Kind.ADMIT_LATE, why);
    }

    /** Kept off the list for now because of {@code why}: may be called if time allows. */
    public static Verdict waitList(LocalizedText why) {
      return of(Judgement.Kind.WAIT_LIST, why);
    }

    /** Kept off the list for good because of {@code why}. */
    public static Verdict refuse(LocalizedText why) {
      return of(Judgement.Kind.REFUSE, why);
    }

    private static Verdict of(Judgement.Kind kind, LocalizedText why) {
      return ImmutableVerdict.of(new Judgement(kind, Optional.of(requireNonNull(why, "why"))));
    }

    @Override
    public String toString() {
      Judgement j = judgement();
      return j.kind().name().toLowerCase(java.util.Locale.ROOT) + j.why().map(w -> ": " + w.english()).orElse("");
    }
  }

  /**
   * How speakers are fitted into a capacity they overrun: the last in order wait, or statements are
   * first shortened in proportion, to a minimum and in steps a chair can keep (15 s unless stated).
   * Immutable and thread-safe.
   *
   * <pre>{@code
   * Fit.shortenThenWaitList(Duration.ofMinutes(2)).inSteps(Duration.ofSeconds(30))
   * }</pre>
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  abstract class Fit {

    static {
      Fitting.readFitsWith(f -> ((Fit) f).fitting());
    }

    /** The step shortened statements are rounded down to unless stated. */
    static final Duration DEFAULT_STEP = Duration.ofSeconds(15);

    Fit() {}

    /** What to do, the minimum and the step, as the planner reads them. */
    @Value.Parameter
    abstract Fitting fitting();

    /** The last in order wait until the rest fits. */
    public static Fit waitList() {
      return of(Fitting.Policy.WAIT_LIST, Duration.ofMinutes(1));
    }

    /** Shorten in proportion to no less than {@code minimum}; those who still do not fit wait. */
    public static Fit shortenThenWaitList(Duration minimum) {
      return of(Fitting.Policy.SHORTEN_THEN_WAIT_LIST, minimum);
    }

    /** Shorten in proportion to no less than {@code minimum}; nobody waits. */
    public static Fit shorten(Duration minimum) {
      return of(Fitting.Policy.SHORTEN, minimum);
    }

    static Fit of(Fitting.Policy policy, Duration minimum) {
      return ImmutableFit.of(new Fitting(policy, requireNonNull(minimum, "minimum"), DEFAULT_STEP));
    }

    /** This fit with shortened statements rounded down to a multiple of {@code step}. */
    public final Fit inSteps(Duration step) {
      Fitting f = fitting();
      return ImmutableFit.of(new Fitting(f.policy(), f.minimum(), requireNonNull(step, "step")));
    }

    @Override
    public String toString() {
      Fitting f = fitting();
      return switch (f.policy()) {
        case WAIT_LIST -> "wait-list";
        case SHORTEN_THEN_WAIT_LIST -> "shorten to " + Durations.format(f.minimum()) + " in steps of "
            + Durations.format(f.step()) + ", then wait-list";
        case SHORTEN -> "shorten to " + Durations.format(f.minimum()) + " in steps of "
            + Durations.format(f.step());
      };
    }
  }
}
