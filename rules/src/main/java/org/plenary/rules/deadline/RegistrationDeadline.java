package org.plenary.rules.deadline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * The registration deadline of the list of speakers: requests received from the cut-off on are late.
 *
 * <p>The day is the plenary's {@link Registration#deadline()} unless one is set here; the cut-off is
 * read in the venue's zone with a stated {@link DeadlineMeaning} (by default, strictly before 00:00
 * on that day). Late requests are refused, wait-listed, or admitted after those on time, as the
 * {@link LatePolicy} says. A plenary without a deadline has nothing to check. Configuration keys:
 * {@code meaning}, {@code late}, {@code day} (ISO date). Immutable and thread-safe.
 */
public final class RegistrationDeadline extends Rule {

  /** The rule id. */
  public static final String ID = "deadline.registration";

  private final DeadlineMeaning meaning;
  private final LatePolicy policy;
  private final Optional<LocalDate> day;

  private RegistrationDeadline(DeadlineMeaning meaning, LatePolicy policy, Optional<LocalDate> day) {
    super(ID, Messages.RULES.text("deadline.registration.name"), Messages.RULES.text("deadline.registration.reason"));
    this.meaning = requireNonNull(meaning, "meaning");
    this.policy = requireNonNull(policy, "policy");
    this.day = requireNonNull(day, "day");
  }

  /** The plenary's own deadline, meaning strictly before that day, with late requests wait-listed. */
  public static RegistrationDeadline standard() {
    return new RegistrationDeadline(DeadlineMeaning.BEFORE_DAY, LatePolicy.WAIT_LIST, Optional.empty());
  }

  /** The rule as {@code config} sets it: {@code meaning}, {@code late}, {@code day}. */
  public static RegistrationDeadline configured(RuleConfig config) {
    RegistrationDeadline rule = standard()
        .meaning(config.choice("meaning", DeadlineMeaning.class, DeadlineMeaning.BEFORE_DAY))
        .late(config.choice("late", LatePolicy.class, LatePolicy.WAIT_LIST));
    Optional<String> day = config.text("day");
    if (day.isPresent()) {
      try {
        rule = rule.day(LocalDate.parse(day.get()));
      } catch (DateTimeParseException e) {
        throw config.error("day", day.get(), "is not an ISO date such as 2019-12-03");
      }
    }
    return rule;
  }

  /** This rule with another meaning of the day named. */
  public RegistrationDeadline meaning(DeadlineMeaning meaning) {
    return new RegistrationDeadline(meaning, policy, day);
  }

  /** This rule with another policy for late requests. */
  public RegistrationDeadline late(LatePolicy policy) {
    return new RegistrationDeadline(meaning, policy, day);
  }

  /** This rule with its own deadline day, in place of the plenary's. */
  public RegistrationDeadline day(LocalDate day) {
    return new RegistrationDeadline(meaning, policy, Optional.of(requireNonNull(day, "day")));
  }

  /** The meaning of the day named. */
  public DeadlineMeaning meaning() {
    return meaning;
  }

  /** The policy for late requests. */
  public LatePolicy policy() {
    return policy;
  }

  /** The first instant that is too late for {@code plenary}, if it has a deadline. */
  public Optional<ZonedDateTime> cutOff(Plenary plenary) {
    return deadline(plenary).map(d -> meaning.cutOff(d, plenary.venue().zone()));
  }

  private Optional<LocalDate> deadline(Plenary plenary) {
    return day.or(() -> plenary.registration().map(Registration::deadline));
  }

  /** Whether {@code request} is late for {@code plenary}: received at the cut-off or after it. */
  public boolean isLate(Plenary plenary, RequestToSpeak request) {
    return cutOff(plenary).map(c -> !request.received().isBefore(c.toInstant())).orElse(false);
  }

  private LocalizedText description() {
    return Messages.RULES.text("deadline.registration.description." + word(meaning), policyText());
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return deadline(plenary).map(d -> Messages.RULES.text("deadline.registration.describe." + word(meaning),
        policyText(), Dates.day(d))).orElseGet(this::description);
  }

  private LocalizedText policyText() {
    return Messages.RULES.text("deadline.registration.policy." + word(policy));
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public void declare(Declarations declarations) {
    Optional<ZonedDateTime> cutOff = cutOff(declarations.plenary());
    if (cutOff.isEmpty()) {
      return;
    }
    Instant limit = cutOff.get().toInstant();
    LocalizedText why = Messages.RULES.text("deadline.registration.late", Dates.moment(cutOff.get(),
        declarations.plenary().venue().time()));
    Verdict late = switch (policy) {
      case REFUSE -> Verdict.refuse(why);
      case WAIT_LIST -> Verdict.waitList(why);
      case ADMIT_AFTER -> Verdict.admitLate(why);
    };
    declarations.admit(Selector.listSegments(),
        r -> r.received().isBefore(limit) ? Verdict.admit() : late);
  }

  @Override
  public String toString() {
    return ID + " " + day.map(LocalDate::toString).orElse("(plenary's day)") + " " + word(meaning)
        + ", late: " + word(policy);
  }

  /** Makes the rule from {@code meaning}, {@code late} and {@code day}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, RegistrationDeadline::configured);
    }
  }
}
