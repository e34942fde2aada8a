package org.plenary.core.agenda;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;

/**
 * How to get on the list of speakers: the address requests go to and the day the note names as the
 * deadline ("before Tuesday 3 December 2019").
 *
 * <p>This is what the note says; what "before" means, and what happens to late requests, is the
 * business of a deadline rule. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Registration {

  Registration() {}

  /** Where requests are sent, such as an e-mail address. */
  @Value.Parameter
  public abstract String address();

  /** The day named in the deadline, read in the venue's time zone. */
  @Value.Parameter
  public abstract LocalDate deadline();

  /** A registration by e-mail to {@code address} with a deadline on {@code deadline}. */
  public static Registration of(String address, LocalDate deadline) {
    return ImmutableRegistration.of(address, deadline);
  }

  @Value.Check
  void check() {
    Checks.notBlank("registration address", address());
  }

  @Override
  public String toString() {
    return address() + " before " + deadline();
  }
}
