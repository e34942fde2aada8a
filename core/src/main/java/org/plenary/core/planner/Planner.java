package org.plenary.core.planner;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.resolve.Book;
import org.plenary.core.internal.resolve.Checking;
import org.plenary.core.internal.resolve.Resolution;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;

/**
 * Plans a plenary and its list of speakers under a {@link RuleSet}, and checks plans made elsewhere
 * against it.
 *
 * <p>Every rule {@linkplain org.plenary.core.rule.Rule#declare declares} what it wants, and one
 * resolution settles it all: admit, order, allot, fit (see
 * {@link org.plenary.core.rule.Declarations}). The plan does not depend on the order of the rules,
 * every decision in it names its rule, and its findings are what the planner recorded as it decided:
 * a line per rule, and a warning where two declarations cannot both hold. The planner does not
 * check its own plans; {@link #check} is for plans read from a file or edited by hand. Planning is
 * pure and deterministic: the same inputs give an equal plan. Immutable and thread-safe when its
 * rules are.
 *
 * <pre>{@code
 * Plan plan = Planner.of(rules).plan(plenary, requests);
 * plan.timetable().end();
 * plan.explain("floor-7", Locale.FRENCH);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Planner {

  /** The id decisions and findings give to the carry-over between the meetings of a series. */
  private static final String CARRY_OVER = "series.carry-over";

  private final RuleSet rules;
  private final Optional<Clock> clock;

  private Planner(RuleSet rules, Optional<Clock> clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** A planner that resolves and checks plans under {@code rules}; its plans carry no time stamp. */
  public static Planner of(RuleSet rules) {
    return new Planner(requireNonNull(rules, "rules"), Optional.empty());
  }

  /** This planner, stamping each plan with the instant {@code clock} gives when it is made. */
  public Planner withClock(Clock clock) {
    return new Planner(rules, Optional.of(requireNonNull(clock, "clock")));
  }

  /**
   * Plans {@code plenary} with {@code requests}: every request ends either in the plan or on the
   * waiting list, and the findings say what each rule decided.
   *
   * @throws IllegalArgumentException if a request's id is used twice or by the programme, or it asks
   *     for a segment that does not exist or does not take requests; nothing is planned then
   */
  public Plan plan(Plenary plenary, Collection<RequestToSpeak> requests) {
    requireNonNull(plenary, "plenary");
    requireNonNull(requests, "requests");
    return Resolution.plan(Book.of(plenary, rules.rules()), requests, clock.map(Clock::instant)).plan();
  }

  /**
   * Plans the meetings of {@code series} with one list of {@code requests}: the first meeting gets
   * them all, and whoever did not fit there (for want of time or of places) is carried over to the
   * next meeting, in order, and so on. A request that a rule kept out, or that does not fit in the
   * last meeting, stays on the waiting list. Each meeting is planned under the same rules; its plan
   * names the meeting its carried-over speakers go to, in their decisions and in a finding.
   *
   * @throws IllegalArgumentException as {@link #plan(Plenary, Collection)} does; nothing is planned then
   */
  public SeriesPlan plan(Series series, Collection<RequestToSpeak> requests) {
    requireNonNull(series, "series");
    requireNonNull(requests, "requests");
    Optional<Instant> stamp = clock.map(Clock::instant);
    List<Plan> plans = new ArrayList<>(series.meetings().size());
    Collection<RequestToSpeak> remaining = requests;
    for (int i = 0; i < series.meetings().size(); i++) {
      Resolution.Planned p = Resolution.plan(Book.of(series.meeting(i), rules.rules()), remaining, stamp);
      boolean last = i == series.meetings().size() - 1;
      if (last || p.unfitted().isEmpty()) {
        plans.add(p.plan());
        remaining = List.of();
        continue;
      }
      Set<String> unfitted = new HashSet<>(p.unfitted());
      plans.add(carriedOver(p.plan(), unfitted, series.name(i + 1)));
      remaining = new ArrayList<>();
      for (WaitingEntry w : p.plan().waitingList()) {
        if (unfitted.contains(w.id())) {
          remaining.add(w.request().orElseThrow());
        }
      }
    }
    return SeriesPlan.of(series, plans);
  }

  /**
   * {@code plan} after meeting {@code meeting} ran live and was re-planned as {@code live}: the
   * meetings before it stay, {@code live} takes its place, and the meetings after it are planned
   * again with whoever {@code live} carries over, as planned or by the live re-plan's
   * {@linkplain org.plenary.core.sitting.Sitting#carryOver carry-over}, carrying over again
   * as needed.
   *
   * @throws IllegalArgumentException if {@code live} is not a plan of that meeting, or carries
   *     speakers over from the last meeting
   */
  public SeriesPlan replan(SeriesPlan plan, int meeting, Plan live) {
    requireNonNull(plan, "plan");
    requireNonNull(live, "live");
    Series series = plan.series();
    Plenary held = series.meeting(meeting);
    checkArgument(live.plenary().equals(held), "the live plan is of %s %s, not of meeting %s (%s %s)",
        live.plenary().date(), live.plenary().start(), meeting + 1, held.date(), held.start());
    List<RequestToSpeak> later = new ArrayList<>();
    for (WaitingEntry w : live.waitingList()) {
      if (w.status() == Decision.Kind.CARRIED_OVER && w.request().isPresent()) {
        later.add(w.request().get());
      }
    }
    int last = series.meetings().size() - 1;
    checkArgument(meeting < last || later.isEmpty(), "meeting %s is the last of the series; %s speakers "
        + "cannot be carried over from it", meeting + 1, later.size());
    List<Plan> plans = new ArrayList<>(plan.meetings().subList(0, meeting));
    plans.add(live);
    if (meeting < last) {
      // Whoever the following meetings hold was carried over from this one, as planned or live.
      plans.addAll(plan(Series.of(series.meetings().subList(meeting + 1, last + 1)), later).meetings());
    }
    return SeriesPlan.of(series, plans);
  }

  /** {@code p}'s plan with those that did not fit carried over to the meeting {@code next}. */
  private static Plan carriedOver(Plan plan, Set<String> unfitted, LocalizedText next) {
    Decision carry = Decision.of(Decision.Kind.CARRIED_OVER, CARRY_OVER,
        Messages.CORE.text("series.carried", next));
    List<WaitingEntry> waiting = new ArrayList<>(plan.waitingList().size());
    for (WaitingEntry w : plan.waitingList()) {
      waiting.add(unfitted.contains(w.id()) ? WaitingEntry.builder().from(w).addDecisions(carry).build() : w);
    }
    List<Finding> findings = new ArrayList<>(plan.findings());
    findings.add(Finding.builder().ruleId(CARRY_OVER).severity(Severity.INFO).subject("plan")
        .message(Messages.CORE.text("series.finding", unfitted.size(), next))
        .reason(Messages.CORE.text("series.reason")).build());
    return Plan.builder().from(plan).waitingList(waiting).findings(findings).build();
  }

  /**
   * {@code plan} with the findings of these rules in place of its own: for a plan made elsewhere,
   * read from a file or changed by hand. Each declaration checks what it asks of the plan, and a
   * plan these rules planned gets again the errors and warnings it had. The plan given is not
   * changed.
   */
  public Plan check(Plan plan) {
    requireNonNull(plan, "plan");
    return Plan.builder().from(plan).findings(Checking.check(Book.of(plan.plenary(), rules.rules()), plan)).build();
  }

  @Override
  public String toString() {
    return "Planner" + rules.rules().stream().map(Rule::id).toList();
  }
}
