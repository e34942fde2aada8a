package org.plenary.core.internal.resolve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Anchor;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;

/** What one rule declared for one plenary, checked as it is declared. */
final class Declared implements Declarations {

  private final Plenary plenary;
  private final Rule rule;
  final List<Decl> all = new ArrayList<>();

  Declared(Plenary plenary, Rule rule) {
    this.plenary = plenary;
    this.rule = rule;
  }

  @Override
  public Plenary plenary() {
    return plenary;
  }

  private int seq() {
    return all.size();
  }

  private static Scope scope(Selector selector, String what) {
    return Scope.of(requireNonNull(selector, what));
  }

  @Override
  public void admit(Selector scope, Function<? super RequestToSpeak, Verdict> verdict) {
    all.add(new Admission(rule, seq(), scope(scope, "scope"), requireNonNull(verdict, "verdict")));
  }

  @Override
  public void onePer(Selector scope, Function<? super Speech, ?> key) {
    all.add(new OneStatement(rule, seq(), scope(scope, "scope"), requireNonNull(key, "key")));
  }

  @Override
  public void order(Selector scope, Place place, ToLongFunction<? super RequestToSpeak> key) {
    all.add(new Ordering.Key(rule, seq(), scope(scope, "scope"), Anchor.of(requireNonNull(place, "place")),
        requireNonNull(key, "key")));
  }

  @Override
  public void alternate(Selector scope, Place place, Function<? super RequestToSpeak, String> group,
      List<String> turns) {
    requireNonNull(turns, "turns");
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("turns (" + turns + ") must name at least one group");
    }
    all.add(new Ordering.Alternation(rule, seq(), scope(scope, "scope"),
        Anchor.of(requireNonNull(place, "place")), requireNonNull(group, "group"), List.copyOf(turns)));
  }

  @Override
  public void pin(String id, int place) {
    requireNonNull(id, "id");
    if (place == 0 || place < LAST) {
      throw new IllegalArgumentException("place of '" + id + "' (" + place
          + ") must be 1 or more, or LAST (-1)");
    }
    all.add(new Pin(rule, seq(), id, place));
  }

  @Override
  public void limit(Selector who, Duration most) {
    all.add(new Limit(rule, seq(), scope(who, "who"), positive("limit", most)));
  }

  @Override
  public void capacity(Selector who, Duration most, Fit fit) {
    all.add(new Capacity(rule, seq(), scope(who, "who"), positive("capacity", most).toNanos(), false,
        requireNonNull(fit, "fit")));
  }

  @Override
  public void capacity(Selector who, int places) {
    all.add(new Capacity(rule, seq(), scope(who, "who"), places("capacity", places), true, Fit.waitList()));
  }

  @Override
  public void reserve(Selector who, Duration time) {
    all.add(new Reserve(rule, seq(), scope(who, "who"), positive("reserve", time).toNanos(), false));
  }

  @Override
  public void reserve(Selector who, int places) {
    all.add(new Reserve(rule, seq(), scope(who, "who"), places("reserve", places), true));
  }

  private static Duration positive(String what, Duration d) {
    requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " (" + d + ") must be positive");
    }
    return d;
  }

  private static int places(String what, int places) {
    if (places < 1) {
      throw new IllegalArgumentException(what + " of places (" + places + ") must be 1 or more");
    }
    return places;
  }

  @Override
  public String toString() {
    return "Declarations of " + rule.id() + ": " + all;
  }
}
