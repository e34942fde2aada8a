package org.plenary.core.agenda;

import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.text.LocalizedText;

/**
 * A priority theme of the plenary, such as arrests or voluntary agreements, that interventions may
 * address. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Theme {

  Theme() {}

  /** A short id, such as {@code arrests}. */
  @Value.Parameter
  public abstract String id();

  /** The theme's title in each language. */
  @Value.Parameter
  public abstract LocalizedText title();

  /** A theme. */
  public static Theme of(String id, LocalizedText title) {
    return ImmutableTheme.of(id, title);
  }

  @Value.Check
  void check() {
    Checks.id("theme id", id());
  }

  @Override
  public String toString() {
    return id();
  }
}
