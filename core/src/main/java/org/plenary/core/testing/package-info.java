/**
 * A kit for trying rules and testing plans: a sample plenary and seeded lists of speakers
 * ({@link org.plenary.core.testing.Sample}), a {@link org.plenary.core.testing.Trial} that plans
 * requests written a line each under a rule and others and reads what it decided, a clock that moves
 * only when told ({@link org.plenary.core.testing.TestClock}), and AssertJ assertions on plans,
 * timetables and sittings in the plenary's terms ({@link org.plenary.core.testing.PlenaryAssertions},
 * soft through {@link org.plenary.core.testing.PlenarySoftAssertions}). The assertions need AssertJ on
 * the class path, an optional dependency of the library; the rest needs no test framework.
 */
package org.plenary.core.testing;
