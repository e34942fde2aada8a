package org.plenary.core.internal.resolve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Speech;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;

/** What one rule declared for one plenary, checked as it is declared. */
final class Declared implements Declarations {

  private final Plenary plenary;
  private final Rule rule;
  final List<Decl.Any> all = new ArrayList<>();

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

  @Override
  public void admit(Selector scope, Function<? super RequestToSpeak, Verdict> verdict) {
    all.add(new Decl.Admit(rule, seq(), requireNonNull(scope, "scope"), requireNonNull(verdict, "verdict")));
  }

  @Override
  public void onePer(Selector scope, Function<? super Speech, ?> key) {
    all.add(new Decl.OnePer(rule, seq(), requireNonNull(scope, "scope"), requireNonNull(key, "key")));
  }

  @Override
  public void order(Selector scope, int priority, ToLongFunction<? super RequestToSpeak> key) {
    all.add(new Decl.Order(rule, seq(), requireNonNull(scope, "scope"), priority,
        requireNonNull(key, "key")));
  }

  @Override
  public void alternate(Selector scope, int priority, Function<? super RequestToSpeak, String> group,
      List<String> turns) {
    requireNonNull(turns, "turns");
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("turns (" + turns + ") must name at least one group");
    }
    all.add(new Decl.Alternate(rule, seq(), requireNonNull(scope, "scope"), priority,
        requireNonNull(group, "group"), List.copyOf(turns)));
  }

  @Override
  public void pin(String id, int place) {
    requireNonNull(id, "id");
    if (place == 0 || place < LAST) {
      throw new IllegalArgumentException("place of '" + id + "' (" + place
          + ") must be 1 or more, or LAST (-1)");
    }
    all.add(new Decl.Pin(rule, seq(), id, place));
  }

  @Override
  public void limit(Selector who, Duration most) {
    all.add(new Decl.Limit(rule, seq(), requireNonNull(who, "who"), positive("limit", most)));
  }

  @Override
  public void capacity(Selector who, Duration most, Fit fit) {
    all.add(new Decl.Capacity(rule, seq(), requireNonNull(who, "who"), positive("capacity", most), 0,
        requireNonNull(fit, "fit")));
  }

  @Override
  public void capacity(Selector who, int places) {
    all.add(new Decl.Capacity(rule, seq(), requireNonNull(who, "who"), null, places("capacity", places),
        Fit.waitList()));
  }

  @Override
  public void reserve(Selector who, Duration time) {
    all.add(new Decl.Reserve(rule, seq(), requireNonNull(who, "who"), positive("reserve", time), 0));
  }

  @Override
  public void reserve(Selector who, int places) {
    all.add(new Decl.Reserve(rule, seq(), requireNonNull(who, "who"), null, places("reserve", places)));
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
