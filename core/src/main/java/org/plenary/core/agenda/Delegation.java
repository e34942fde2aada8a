package org.plenary.core.agenda;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.text.LocalizedText;

/**
 * Who a speaker speaks for: a State, the Court, an organisation or a coalition, with the
 * {@link Constituency} it takes part as.
 *
 * <p>The id is a short stable code ({@code NLD}, {@code icc}, {@code cicc}) used for the rule of one
 * statement per delegation and in exported identifiers. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Delegation {

  Delegation() {}

  /** A short stable code, such as {@code NLD}. */
  @Value.Parameter
  public abstract String id();

  /** The delegation's name, in each language: "Netherlands", "Pays-Bas". */
  @Value.Parameter
  public abstract LocalizedText name();

  /** The capacity in which it takes part. */
  @Value.Parameter
  public abstract Constituency constituency();

  /**
   * A delegation whose name is the same in every language.
   *
   * @throws IllegalArgumentException naming the field and the value if {@code name} is blank
   */
  public static Delegation of(String id, String name, Constituency constituency) {
    Checks.id("delegation id", java.util.Objects.requireNonNull(id, "id"));
    Checks.notBlank("name of delegation '" + id + "'", java.util.Objects.requireNonNull(name, "name"));
    return ImmutableDelegation.of(id, LocalizedText.of(name), constituency);
  }

  /** A delegation with a name in several languages. */
  public static Delegation of(String id, LocalizedText name, Constituency constituency) {
    return ImmutableDelegation.of(id, name, constituency);
  }

  @Value.Check
  void check() {
    Checks.id("delegation id", id());
  }

  @Override
  public String toString() {
    return name().english() + " (" + constituency().id() + ")";
  }
}
