package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Rule;

/**
 * Every declaration of a rule set for one plenary, by kind and in the order they are applied, and
 * the rules or declarations that failed. Not thread-safe: it lives while one plan is made or checked.
 */
public final class Book {

  final Plenary plenary;
  final List<Rule> rules;
  final Map<Rule, List<Decl.Any>> byRule = new IdentityHashMap<>();
  final List<Decl.Admit> admits = new ArrayList<>();
  final List<Decl.OnePer> onePers = new ArrayList<>();
  final List<Decl.Order> orders = new ArrayList<>();
  final List<Decl.Alternate> alternates = new ArrayList<>();
  final List<Decl.Pin> pins = new ArrayList<>();
  final List<Decl.Limit> limits = new ArrayList<>();
  final List<Decl.Capacity> capacities = new ArrayList<>();
  final List<Decl.Reserve> reserves = new ArrayList<>();
  /** The first failure of each rule that failed, in the order they happened. */
  /** Why a rule was left out: what it failed on (null for the rule as a whole), and the error. */
  record Failure(String subject, String error) {}

  final Map<Rule, Failure> failures = new LinkedHashMap<>();
  private final Map<Decl.Any, Boolean> failed = new IdentityHashMap<>();

  private Book(Plenary plenary, List<Rule> rules) {
    this.plenary = plenary;
    this.rules = rules;
  }

  /** What {@code rules} declare for {@code plenary}; a rule that throws is recorded as failed. */
  public static Book of(Plenary plenary, Collection<? extends Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    Book book = new Book(plenary, sorted);
    for (Rule rule : sorted) {
      Declared d = new Declared(plenary, rule);
      try {
        rule.declare(d);
      } catch (RuntimeException e) {
        book.failures.put(rule, new Failure(null, String.valueOf(e)));
        book.byRule.put(rule, List.of());
        continue;
      }
      book.byRule.put(rule, List.copyOf(d.all));
      for (Decl.Any any : d.all) {
        book.file(any);
      }
    }
    return book;
  }

  private void file(Decl.Any any) {
    if (any instanceof Decl.Admit a) {
      admits.add(a);
    } else if (any instanceof Decl.OnePer o) {
      onePers.add(o);
    } else if (any instanceof Decl.Order o) {
      orders.add(o);
    } else if (any instanceof Decl.Alternate a) {
      alternates.add(a);
    } else if (any instanceof Decl.Pin p) {
      pins.add(p);
    } else if (any instanceof Decl.Limit l) {
      limits.add(l);
    } else if (any instanceof Decl.Capacity c) {
      capacities.add(c);
    } else if (any instanceof Decl.Reserve r) {
      reserves.add(r);
    }
  }

  /** The plenary declared for. */
  public Plenary plenary() {
    return plenary;
  }

  /** The rules, by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** Records that {@code decl} threw {@code e} on {@code subject}: it is left out from now on. */
  void fail(Decl.Any decl, String subject, RuntimeException e) {
    failed.put(decl, Boolean.TRUE);
    failures.putIfAbsent(decl.rule(), new Failure("plan".equals(subject) ? null : subject, String.valueOf(e)));
  }

  /** Whether {@code decl} has failed and is left out. */
  boolean failed(Decl.Any decl) {
    return failed.containsKey(decl);
  }

  /** The declarations of {@code list} that have not failed. */
  <T extends Decl.Any> List<T> live(List<T> list) {
    if (failed.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (!failed(t)) {
        out.add(t);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Book of " + rules.size() + " rules for " + plenary.code() + ": " + byRule.values();
  }
}
