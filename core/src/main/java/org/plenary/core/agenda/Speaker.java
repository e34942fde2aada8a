package org.plenary.core.agenda;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.text.LocalizedText;

/**
 * A person, or an unnamed representative, taking the floor for a {@link Delegation}.
 *
 * <p>The name is optional: a list of speakers often knows only the delegation until the day.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Speaker.of(netherlands)                               // a representative of the Netherlands
 * Speaker.builder().name("A. Minister").rank(ProtocolRank.MINISTER).delegation(netherlands).build()
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Speaker {

  Speaker() {}

  /** The person's name, if known. */
  public abstract Optional<String> name();

  /** The person's function, such as "Minister of Justice", if known. */
  public abstract Optional<LocalizedText> function();

  /** The protocol rank; {@link ProtocolRank#OTHER} unless stated. */
  @Value.Default
  public ProtocolRank rank() {
    return ProtocolRank.OTHER;
  }

  /** The delegation the speaker speaks for. */
  public abstract Delegation delegation();

  /** An unnamed representative of {@code delegation}. */
  public static Speaker of(Delegation delegation) {
    return builder().delegation(delegation).build();
  }

  /** A builder; {@code delegation} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Speaker}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.notBlank("speaker name", n));
  }

  @Override
  public String toString() {
    return name().map(n -> n + ", ").orElse("") + delegation().name().english()
        + (rank() == ProtocolRank.OTHER ? "" : " (" + rank().label().english() + ")");
  }
}
