package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.Messages;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * What the rules of a {@link Book} have to say of one plan, gathered as the planner decides or as a
 * check reads: errors, declarations that cannot all hold, a note of what each declaration did, and
 * the declarations that failed and are left out. {@link #findings} gives every rule's findings,
 * a line at least for each. It belongs to one plan, and the book it reads is left as it was. Not
 * thread-safe.
 */
final class Report {

  /** Why a rule was left out: what it failed on (null for the rule as a whole), and the error. */
  record Failure(String subject, String error) {}

  private final Book book;
  private final Map<Rule, List<Finding>> found = new IdentityHashMap<>();
  private final Map<Rule, List<LocalizedText>> notes = new IdentityHashMap<>();
  private final Map<Rule, Failure> failures = new IdentityHashMap<>();
  private final Set<Decl> failed = Collections.newSetFromMap(new IdentityHashMap<>());

  Report(Book book) {
    this.book = book;
    failures.putAll(book.failures());
  }

  Book book() {
    return book;
  }

  /** An error of {@code rule} about {@code subject}, with the suggestion {@code fix} if not null. */
  void error(Rule rule, String subject, LocalizedText message, String fix) {
    Finding.Builder b = finding(rule, Severity.ERROR, subject, message);
    if (fix != null) {
      b.suggestion(Messages.CORE.text(fix));
    }
    add(rule, b.build());
  }

  /** A warning of {@code rule} about {@code subject}. */
  void warning(Rule rule, String subject, LocalizedText message) {
    add(rule, finding(rule, Severity.WARNING, subject, message).build());
  }

  /** A warning that a declaration of {@code first} and one of {@code second} cannot both hold. */
  void conflict(Rule first, Rule second, String subject, LocalizedText message) {
    Finding.Builder b = finding(first, Severity.WARNING, subject, message);
    if (second != first) {
      b.addRelated(second.id());
    }
    add(first, b.build());
  }

  private void add(Rule rule, Finding f) {
    found.computeIfAbsent(rule, r -> new ArrayList<>(2)).add(f);
  }

  /** What a declaration of {@code rule} did, for the rule's line. */
  void note(Rule rule, LocalizedText text) {
    notes.computeIfAbsent(rule, r -> new ArrayList<>(2)).add(text);
  }

  /** Records that {@code decl} threw {@code e} on {@code subject}: it is left out from now on. */
  void fail(Decl decl, String subject, RuntimeException e) {
    failed.add(decl);
    failures.putIfAbsent(decl.rule(), new Failure("plan".equals(subject) ? null : subject, String.valueOf(e)));
  }

  /** Records that {@code rule} as a whole threw {@code e}. */
  void fail(Rule rule, RuntimeException e) {
    failures.putIfAbsent(rule, new Failure(null, String.valueOf(e)));
  }

  /** Whether {@code decl} has failed and is left out. */
  boolean failed(Decl decl) {
    return !failed.isEmpty() && failed.contains(decl);
  }

  /** The declarations of {@code list} that have not failed. */
  <T extends Decl> List<T> live(List<T> list) {
    if (failed.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (!failed.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Every rule's findings, with {@code own} those its own check made, in plan order: errors first,
   * then warnings and notes. A rule that failed says so; one with neither error nor failure gets
   * its line, the notes of its declarations, or says that it had nothing to do. {@code label} names
   * the speaker a failure was on.
   */
  List<Finding> findings(Plenary plenary, List<Slot> slots, List<WaitingEntry> waiting,
      Map<Rule, List<Finding>> own, Function<String, LocalizedText> label) {
    List<Finding> all = new ArrayList<>(book.rules().size() + 4);
    for (Rule rule : book.rules()) {
      all.addAll(findings(rule, own.getOrDefault(rule, List.of()), label));
    }
    return inPlanOrder(plenary, slots, waiting, all);
  }

  /**
   * The findings of {@code rule}, with {@code own} those its own check made: its errors and
   * warnings, its failure if it failed, and else its line, or that it had nothing to do.
   */
  List<Finding> findings(Rule rule, List<Finding> own, Function<String, LocalizedText> label) {
    Failure failure = failures.get(rule);
    List<Finding> mine = new ArrayList<>(found.getOrDefault(rule, List.of()));
    if (failure != null) {
      mine.add(failure.subject() == null
          ? finding(rule, Severity.ERROR, "plan", Messages.CORE.text("check.failed", failure.error())).build()
          : finding(rule, Severity.ERROR, failure.subject(), Messages.CORE.text("check.failed-on",
              label.apply(failure.subject()), failure.error())).build());
    }
    mine.addAll(own);
    boolean errors = false;
    for (Finding f : mine) {
      errors |= f.severity() == Severity.ERROR;
    }
    if (failure == null && !errors) {
      List<LocalizedText> said = notes.getOrDefault(rule, List.of());
      if (!said.isEmpty()) {
        mine.add(finding(rule, Severity.INFO, "plan", joined(said)).build());
      } else if (mine.isEmpty()) {
        mine.add(finding(rule, Severity.INFO, "plan", Messages.CORE.text(
            book.of(rule).isEmpty() ? "check.asks-nothing" : "check.nothing")).build());
      }
    }
    return mine;
  }

  /**
   * What each rule of {@code book} finds of its own in {@code plan}, for the rules that find
   * anything; a rule whose check throws finds an error that names it.
   */
  static Map<Rule, List<Finding>> own(Book book, Plan plan) {
    Map<Rule, List<Finding>> out = new IdentityHashMap<>();
    for (Rule rule : book.rules()) {
      List<Finding> mine;
      try {
        mine = rule.check(plan);
      } catch (RuntimeException e) {
        mine = List.of(finding(rule, Severity.ERROR, "plan", Messages.CORE.text("check.own-failed",
            String.valueOf(e))).build());
      }
      if (mine != null && !mine.isEmpty()) {
        out.put(rule, mine);
      }
    }
    return out;
  }

  /** {@code findings} errors first, then warnings and notes, each in the order of their subjects in the plan. */
  static List<Finding> inPlanOrder(Plan plan, List<Finding> findings) {
    return inPlanOrder(plan.plenary(), plan.slots(), plan.waitingList(), findings);
  }

  private static List<Finding> inPlanOrder(Plenary plenary, List<Slot> slots, List<WaitingEntry> waiting,
      List<Finding> findings) {
    Map<String, Integer> rank = new HashMap<>();
    rank.put("plan", 0);
    rank.put("sitting", 0);
    List<String> ids = plenary.segmentIds();
    for (int i = 0; i < ids.size(); i++) {
      rank.put(ids.get(i), 1 + i);
    }
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      if (!rank.containsKey(f.subject())) {
        wanted.add(f.subject());
      }
    }
    if (!wanted.isEmpty()) {
      int k = 1 + ids.size();
      for (Slot s : slots) {
        if (wanted.contains(s.id())) {
          rank.putIfAbsent(s.id(), k);
        }
        k++;
      }
      for (WaitingEntry w : waiting) {
        if (wanted.contains(w.id())) {
          rank.putIfAbsent(w.id(), k);
        }
        k++;
      }
      for (String subject : wanted) {
        rank.putIfAbsent(subject, k);
      }
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity).thenComparingInt((Finding f) -> rank.get(f.subject()))
        .thenComparing(Finding::ruleId));
    return sorted;
  }

  private static LocalizedText joined(List<LocalizedText> texts) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    List<LocalizedText> copy = List.copyOf(texts);
    return LocalizedText.written(language -> {
      StringBuilder out = new StringBuilder();
      for (LocalizedText t : copy) {
        out.append(out.length() == 0 ? "" : " ").append(t.in(language));
      }
      return out.toString();
    });
  }

  /** A finding builder with {@code rule}'s id and reason filled in. */
  private static Finding.Builder finding(Rule rule, Severity severity, String subject, LocalizedText message) {
    return Finding.builder().ruleId(rule.id()).reason(rule.reason()).severity(severity).subject(subject)
        .message(message);
  }
}
