package org.plenary.core.testing;

import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on plans, timetables and sittings: every failure is collected, and
 * {@link #assertAll()} reports them together. Works with JUnit 5's {@code SoftAssertionsExtension}
 * too.
 *
 * <pre>{@code
 * PlenarySoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(plan).keepsItsBudget();
 *   softly.assertThat(plan).gives("CICC").theFloor();
 * });
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PlenarySoftAssertions extends AbstractSoftAssertions implements PlenarySoftAssertionsProvider {

  /** Soft assertions with nothing collected yet. */
  public PlenarySoftAssertions() {}

  /** Runs {@code softly}'s assertions, then reports every failure at once. */
  public static void assertSoftly(Consumer<PlenarySoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(PlenarySoftAssertions.class, softly);
  }
}
