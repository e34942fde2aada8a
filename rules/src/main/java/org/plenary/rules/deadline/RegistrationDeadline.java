package org.plenary.rules.deadline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Registration;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.text.Dates;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Reasons;

/**
 * The registration deadline of the list of speakers: requests received from the cut-off on are late.
 *
 * <p>The day is the plenary's {@link Registration#deadline()} unless one is set here; the cut-off is
 * read in the venue's zone with a stated {@link DeadlineMeaning} (by default, strictly before 00:00
 * on that day). Late requests follow a {@link LatePolicy}. In the {@link Step#ADMIT admit} step late
 * requests are refused, wait-listed, or marked to come after the others; its check reports late
 * requests admitted against the policy, and says so when there was nothing to check. Configuration
 * keys: {@code meaning}, {@code late}, {@code day} (ISO date), {@code because.en},
 * {@code because.fr}. Immutable and thread-safe.
 */
public final class RegistrationDeadline implements Rule {

  /** The rule id. */
  public static final String ID = "deadline.registration";

  private final DeadlineMeaning meaning;
  private final LatePolicy policy;
  private final Optional<LocalDate> day;
  private final LocalizedText reason;

  private RegistrationDeadline(DeadlineMeaning meaning, LatePolicy policy, Optional<LocalDate> day,
      LocalizedText reason) {
    this.meaning = requireNonNull(meaning, "meaning");
    this.policy = requireNonNull(policy, "policy");
    this.day = requireNonNull(day, "day");
    this.reason = requireNonNull(reason, "reason");
  }

  /** The plenary's own deadline, meaning strictly before that day, with late requests wait-listed. */
  public static RegistrationDeadline standard() {
    return new RegistrationDeadline(DeadlineMeaning.BEFORE_DAY, LatePolicy.WAIT_LIST, Optional.empty(),
        Messages.RULES.text("deadline.registration.reason"));
  }

  /** This rule with another meaning of the day named. */
  public RegistrationDeadline meaning(DeadlineMeaning meaning) {
    return new RegistrationDeadline(meaning, policy, day, reason);
  }

  /** This rule with another policy for late requests. */
  public RegistrationDeadline late(LatePolicy policy) {
    return new RegistrationDeadline(meaning, policy, day, reason);
  }

  /** This rule with its own deadline day, in place of the plenary's. */
  public RegistrationDeadline day(LocalDate day) {
    return new RegistrationDeadline(meaning, policy, Optional.of(requireNonNull(day, "day")), reason);
  }

  /** This rule with {@code reason} as its stated reason. */
  public RegistrationDeadline because(LocalizedText reason) {
    return new RegistrationDeadline(meaning, policy, day, reason);
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
    ZoneId zone = plenary.venue().zone();
    return day.or(() -> plenary.registration().map(Registration::deadline))
        .map(d -> meaning.cutOff(d, zone));
  }

  /** Whether {@code request} is late for {@code plenary}. */
  public boolean isLate(Plenary plenary, RequestToSpeak request) {
    return cutOff(plenary).map(c -> !request.received().isBefore(c.toInstant())).orElse(false);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    return Messages.RULES.text("deadline.registration.description." + word(meaning),
        Messages.RULES.text("deadline.registration.policy." + word(policy)));
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.ADMIT);
  }

  @Override
  public void shape(Draft draft) {
    Optional<ZonedDateTime> cutOff = cutOff(draft.plenary());
    if (cutOff.isEmpty()) {
      return;
    }
    Instant limit = cutOff.get().toInstant();
    LocalizedText reason = Messages.RULES.text("deadline.registration.late", Dates.moment(cutOff.get()));
    for (String segment : draft.plenary().segmentIds()) {
      List<Candidate> late = new ArrayList<>();
      for (Candidate c : draft.candidates(segment)) {
        if (c.isRequest() && !c.received().isBefore(limit)) {
          late.add(c);
        }
      }
      for (Candidate c : late) {
        switch (policy) {
          case REFUSE -> draft.moveToWaitingList(c, ID, reason, WaitingEntry.Status.REFUSED);
          case WAIT_LIST -> draft.moveToWaitingList(c, ID, reason, WaitingEntry.Status.WAITING);
          case ADMIT_AFTER -> draft.markLate(c);
          default -> throw new AssertionError(policy);
        }
      }
    }
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    Optional<ZonedDateTime> cutOff = cutOff(plan.plenary());
    if (cutOff.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("deadline.registration.no-deadline")).build());
      return findings;
    }
    Instant limit = cutOff.get().toInstant();
    int requests = 0;
    int late = 0;
    for (WaitingEntry w : plan.waitingList()) {
      if (w.isRequest()) {
        requests++;
        late += w.received().isBefore(limit) ? 0 : 1;
      }
    }
    boolean onTimeSeen = false;
    String lastSegment = "";
    List<Slot> slots = plan.slots();
    for (int i = slots.size() - 1; i >= 0; i--) {
      Slot slot = slots.get(i);
      if (slot.request().isEmpty()) {
        continue;
      }
      if (!slot.segment().equals(lastSegment)) {
        onTimeSeen = false;
        lastSegment = slot.segment();
      }
      requests++;
      boolean isLate = !slot.request().get().received().isBefore(limit);
      if (!isLate) {
        onTimeSeen = true;
        continue;
      }
      late++;
      if (policy != LatePolicy.ADMIT_AFTER) {
        findings.add(finding(Severity.ERROR, slot.id(), Messages.RULES.text(
                "deadline.registration.admitted", slot.intervention().speaker().delegation().name(),
                Dates.moment(slot.request().get().received().atZone(cutOff.get().getZone()))))
            .suggestion(Messages.RULES.text("deadline.registration.admitted.fix")).build());
      } else if (onTimeSeen) {
        findings.add(finding(Severity.ERROR, slot.id(), Messages.RULES.text(
            "deadline.registration.before-on-time", slot.intervention().speaker().delegation().name()))
            .build());
      }
    }
    if (requests == 0) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("deadline.registration.nothing"))
          .build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("deadline.registration.ok",
          requests, late, Dates.moment(cutOff.get()))).build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " " + day.map(LocalDate::toString).orElse("(plenary's day)") + " " + word(meaning)
        + ", late: " + word(policy);
  }

  /** Makes the rule from {@code meaning}, {@code late} and {@code day}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      RegistrationDeadline rule = standard()
          .meaning(config.choice("meaning", DeadlineMeaning.class, DeadlineMeaning.BEFORE_DAY))
          .late(config.choice("late", LatePolicy.class, LatePolicy.WAIT_LIST));
      Optional<String> day = config.text("day");
      if (day.isPresent()) {
        try {
          rule = rule.day(LocalDate.parse(day.get()));
        } catch (java.time.format.DateTimeParseException e) {
          throw config.error("day", day.get(), "is not an ISO date such as 2019-12-03");
        }
      }
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
