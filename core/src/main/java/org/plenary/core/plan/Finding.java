package org.plenary.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/**
 * A rule's verdict on one subject: which rule, how serious, about what, what it found in the
 * reader's language, the rule's reason ("because ...") and, where it can, a suggestion. A finding
 * about declarations that cannot all hold names the other rules involved too.
 *
 * <p>The rule id and the subject are for programs; {@link #render} writes what a person reads,
 * without ids. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Finding {

  Finding() {}

  /** The id of the rule that made the finding. */
  public abstract String ruleId();

  /** The ids of other rules the finding is about, when two rules' declarations cannot all hold. */
  public abstract List<String> related();

  /** How serious it is. */
  public abstract Severity severity();

  /** What it is about, for programs: {@code plan}, a segment id or an intervention id. */
  public abstract String subject();

  /** What was found. */
  public abstract LocalizedText message();

  /** Why the rule exists: its source. */
  public abstract LocalizedText reason();

  /** What to do about it, if the rule can say. */
  public abstract Optional<LocalizedText> suggestion();

  /** A builder; every attribute but the related rules and the suggestion is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * A warning when {@code language} lacks wordings that the bundles loaded so far hold in English,
   * naming each missing key with its bundle: those texts read in English, and this says so. Empty
   * when the language is complete, as the six official languages are.
   */
  public static Optional<Finding> languageGaps(Locale language) {
    var gaps = Languages.gaps(language);
    if (gaps.isEmpty()) {
      return Optional.empty();
    }
    int count = 0;
    StringBuilder keys = new StringBuilder();
    for (var e : gaps.entrySet()) {
      count += e.getValue().size();
      keys.append(keys.length() == 0 ? "" : "; ").append(e.getKey()).append(": ")
          .append(String.join(", ", e.getValue()));
    }
    LocalizedText name = Languages.name(language);
    return Optional.of(builder().ruleId("language.gaps").severity(Severity.WARNING).subject(language.toLanguageTag())
        .message(Messages.CORE.text("language.gaps", count, name, keys.toString()))
        .reason(Messages.CORE.text("language.reason"))
        .suggestion(Messages.CORE.text("language.fix", name)).build());
  }

  /**
   * One line in {@code locale}'s language: severity, the rule's name as readers know it, message,
   * reason, suggestion.
   */
  public String render(Locale locale, Optional<LocalizedText> ruleName) {
    StringBuilder out = new StringBuilder().append(severity().label(locale));
    ruleName.ifPresent(n -> out.append(Messages.CORE.format(locale, "finding.rule", n.in(locale))));
    out.append(Messages.CORE.format(locale, "finding.colon")).append(message().in(locale))
        .append(Messages.CORE.format(locale, "finding.because", reason().in(locale)));
    suggestion().ifPresent(s ->
        out.append(Messages.CORE.format(locale, "finding.suggestion", s.in(locale))));
    return out.toString();
  }

  @Value.Check
  void check() {
    Checks.notBlank("finding rule id", ruleId());
    Checks.notBlank("finding subject", subject());
  }

  /** The rule, the subject and the line in English. */
  @Override
  public String toString() {
    return "[" + ruleId() + (related().isEmpty() ? "" : " with " + String.join(", ", related()))
        + "] " + subject() + ": " + render(Locale.ENGLISH, Optional.empty());
  }

  /** How much a finding matters, most serious first. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Severity {
    /** The plan breaks a rule: it should not be published as it is. */
    ERROR,
    /** The plan keeps the rule only just, or a choice was made that someone should look at. */
    WARNING,
    /** What a rule did or checked, for the record. */
    INFO;

    /** The severity's name in {@code locale}'s language. */
    String label(Locale locale) {
      return Messages.CORE.format(requireNonNull(locale, "locale"), "severity." + name());
    }
  }
}
