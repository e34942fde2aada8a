package org.plenary.core.rule;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.Messages;
import org.plenary.core.text.LocalizedText;

/**
 * A rule's verdict on one subject: which rule, how serious, about what, what it found in the
 * reader's language, the rule's reason ("because ...") and, where it can, a suggestion.
 *
 * <p>Findings sort by severity (errors first), then rule id, then subject, so reports are
 * deterministic. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {

  Finding() {}

  /** The id of the rule that made the finding. */
  public abstract String ruleId();

  /** How serious it is. */
  public abstract Severity severity();

  /** What it is about: {@code plenary}, a segment id or an intervention id. */
  public abstract String subject();

  /** What was found. */
  public abstract LocalizedText message();

  /** Why the rule exists: its source. */
  public abstract LocalizedText reason();

  /** What to do about it, if the rule can say. */
  public abstract Optional<LocalizedText> suggestion();

  /** A builder; every attribute but the suggestion is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /** One line in {@code locale}'s language: severity, rule, subject, message, reason, suggestion. */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder()
        .append(severity().label(locale)).append(" [").append(ruleId()).append("] ")
        .append(subject()).append(": ").append(message().in(locale))
        .append(Messages.CORE.format(locale, "finding.because", reason().in(locale)));
    suggestion().ifPresent(s ->
        out.append(Messages.CORE.format(locale, "finding.suggestion", s.in(locale))));
    return out.toString();
  }

  @Override
  public int compareTo(Finding other) {
    int c = severity().compareTo(other.severity());
    if (c == 0) {
      c = ruleId().compareTo(other.ruleId());
    }
    if (c == 0) {
      c = subject().compareTo(other.subject());
    }
    return c != 0 ? c : message().english().compareTo(other.message().english());
  }

  @Value.Check
  void check() {
    Checks.notBlank("finding rule id", ruleId());
    Checks.notBlank("finding subject", subject());
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
