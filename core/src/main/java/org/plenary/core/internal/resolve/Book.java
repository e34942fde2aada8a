package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Rule;

/**
 * Every declaration of a rule set for one plenary, by kind and in the order they apply, and the
 * rules whose {@code declare} threw. Made once, then only read: by the planner, by a check, by a
 * re-plan. Thread-safe once made, when its rules are.
 */
public final class Book {

  private final Plenary plenary;
  private final List<Rule> rules;
  private final Map<Rule, List<Decl>> byRule = new IdentityHashMap<>();
  private final Map<Rule, Report.Failure> failures = new IdentityHashMap<>();
  final List<Admission> admissions = new ArrayList<>();
  final List<OneStatement> oneStatements = new ArrayList<>();
  final List<Decl> orders = new ArrayList<>();
  final List<Pin> pins = new ArrayList<>();
  final List<Limit> limits = new ArrayList<>();
  final List<Capacity> capacities = new ArrayList<>();
  final List<Reserve> reserves = new ArrayList<>();
  /** The orders and alternations in the sequence their places give. */
  final Ordering.Sequence sequence;

  private Book(Plenary plenary, List<Rule> rules) {
    this.plenary = plenary;
    this.rules = Collections.unmodifiableList(rules);
    for (Rule rule : rules) {
      Declared d = new Declared(plenary, rule);
      try {
        rule.declare(d);
      } catch (RuntimeException e) {
        failures.put(rule, new Report.Failure(null, String.valueOf(e)));
        byRule.put(rule, List.of());
        continue;
      }
      byRule.put(rule, List.copyOf(d.all));
      for (Decl any : d.all) {
        file(any);
      }
    }
    this.sequence = Ordering.Sequence.of(plenary, orders);
  }

  /** What {@code rules} declare for {@code plenary}; a rule that throws is recorded as failed. */
  public static Book of(Plenary plenary, Collection<? extends Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    return new Book(plenary, sorted);
  }

  private void file(Decl any) {
    if (any instanceof Admission a) {
      admissions.add(a);
    } else if (any instanceof OneStatement o) {
      oneStatements.add(o);
    } else if (any instanceof Ordering.Key || any instanceof Ordering.Alternation) {
      orders.add(any);
    } else if (any instanceof Pin p) {
      pins.add(p);
    } else if (any instanceof Limit l) {
      limits.add(l);
    } else if (any instanceof Capacity c) {
      capacities.add(c);
    } else if (any instanceof Reserve r) {
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

  /** The declarations of {@code rule}, as declared. */
  List<Decl> of(Rule rule) {
    return byRule.getOrDefault(rule, List.of());
  }

  /** The rules whose {@code declare} threw, and the error. */
  Map<Rule, Report.Failure> failures() {
    return Collections.unmodifiableMap(failures);
  }

  /** The rule of this book with {@code id}, or null. */
  Rule rule(String id) {
    for (Rule r : rules) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Book of " + rules.size() + " rules for " + plenary.code() + ": " + byRule.values();
  }
}
