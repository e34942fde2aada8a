package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;

/**
 * A bench for trying a rule among others: a plenary, requests written a line each, a plan, and what
 * was decided, read by delegation. It needs no test framework. Immutable and thread-safe.
 *
 * <pre>{@code
 * Trial trial = Trial.of(Sample.plenary())
 *     .request("FRA", Constituency.STATE_PARTY)
 *     .request("CICC", Constituency.CIVIL_SOCIETY)
 *     .request("EU", Constituency.INTERNATIONAL_ORGANISATION);
 * Plan plan = trial.plan(myRule, Precedence.standard());
 * Trial.order(plan, "floor");                     // [FRA, EU, CICC]
 * Trial.decisions(plan, "CICC");                  // what put it there, each naming its rule
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Trial {

  private static final Duration ASKED = Duration.ofMinutes(3);

  private final Plenary plenary;
  private final List<RequestToSpeak> requests;

  private Trial(Plenary plenary, List<RequestToSpeak> requests) {
    this.plenary = plenary;
    this.requests = List.copyOf(requests);
  }

  /** A trial of {@code plenary}, with no request yet. */
  public static Trial of(Plenary plenary) {
    return new Trial(requireNonNull(plenary, "plenary"), List.of());
  }

  /** A trial of the {@linkplain Sample#plenary() sample plenary}, whose floor takes requests. */
  public static Trial sample() {
    return of(Sample.plenary());
  }

  /** The plenary tried. */
  public Plenary plenary() {
    return plenary;
  }

  /** The requests so far, in the order written. */
  public List<RequestToSpeak> requests() {
    return requests;
  }

  /**
   * This trial with a request of delegation {@code id} in {@code constituency}, for three minutes,
   * in the first segment that takes requests, received a minute after the request before it (the
   * first a week before the registration deadline, or before the plenary's day).
   */
  public Trial request(String id, Constituency constituency) {
    return request(id, constituency, ASKED);
  }

  /** This trial with a request as {@link #request(String, Constituency)}, asking for {@code asked}. */
  public Trial request(String id, Constituency constituency, Duration asked) {
    return request(id, constituency, ProtocolRank.OTHER, asked);
  }

  /** This trial with a request as {@link #request(String, Constituency)}, by a speaker of {@code rank}. */
  public Trial request(String id, Constituency constituency, ProtocolRank rank, Duration asked) {
    requireNonNull(id, "id");
    Delegation d = Delegation.of(id, "Delegation " + id, requireNonNull(constituency, "constituency"));
    return request(RequestToSpeak.builder().id("r" + (requests.size() + 1))
        .speaker(Speaker.builder().delegation(d).rank(rank).build())
        .received(nextReceived()).duration(asked).segment(listSegment()).build());
  }

  /** This trial with {@code request} as written. */
  public Trial request(RequestToSpeak request) {
    List<RequestToSpeak> more = new ArrayList<>(requests);
    more.add(requireNonNull(request, "request"));
    return new Trial(plenary, more);
  }

  /** This trial with {@code more} requests as written. */
  public Trial requests(Collection<RequestToSpeak> more) {
    List<RequestToSpeak> all = new ArrayList<>(requests);
    all.addAll(more);
    return new Trial(plenary, all);
  }

  /** When the next request written a line is received: a minute after the last. */
  public Instant nextReceived() {
    if (!requests.isEmpty()) {
      return requests.get(requests.size() - 1).received().plusSeconds(60);
    }
    return plenary.registration().map(Registration::deadline).orElse(plenary.date()).minusDays(7)
        .atTime(LocalTime.of(9, 0)).atZone(plenary.venue().zone()).toInstant();
  }

  private String listSegment() {
    for (Segment s : plenary.segments()) {
      if (s.takesRequests()) {
        return s.id();
      }
    }
    throw new IllegalStateException("plenary '" + plenary.code() + "' has no segment that takes requests");
  }

  /** The plan of the requests under {@code rules}. */
  public Plan plan(Rule... rules) {
    return plan(RuleSet.of(rules));
  }

  /** The plan of the requests under {@code rules}. */
  public Plan plan(RuleSet rules) {
    return Planner.of(rules).plan(plenary, requests);
  }

  /** The delegations that speak in segment {@code segment}, by id, in order. */
  public static List<String> order(Plan plan, String segment) {
    List<String> out = new ArrayList<>();
    for (Slot s : plan.slots(segment)) {
      out.add(s.intervention().speaker().delegation().id());
    }
    return out;
  }

  /** The delegations on the waiting list, by id, in order. */
  public static List<String> waiting(Plan plan) {
    List<String> out = new ArrayList<>();
    for (WaitingEntry w : plan.waitingList()) {
      out.add(w.speech().speaker().delegation().id());
    }
    return out;
  }

  /**
   * The decisions about delegation {@code id}'s first speech, planned or waiting.
   *
   * @throws IllegalArgumentException if the delegation neither speaks nor waits
   */
  public static List<Decision> decisions(Plan plan, String id) {
    for (Slot s : plan.slots()) {
      if (s.intervention().speaker().delegation().id().equals(id)) {
        return s.decisions();
      }
    }
    for (WaitingEntry w : plan.waitingList()) {
      if (w.speech().speaker().delegation().id().equals(id)) {
        return w.decisions();
      }
    }
    throw new IllegalArgumentException("delegation '" + id + "' neither speaks nor waits; those planned: "
        + Arrays.toString(plan.slots().stream().map(s -> s.intervention().speaker().delegation().id())
            .toArray()));
  }

  /** The decisions about delegation {@code id} in {@code locale}'s language, one a line. */
  public static String explain(Plan plan, String id, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Decision d : decisions(plan, id)) {
      out.append(d.message().in(locale)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Trial of " + plenary.code() + " with " + requests.size() + " requests";
  }
}
