/**
 * A kit for trying rules, without a test framework: a sample plenary and seeded lists of speakers
 * ({@link org.plenary.core.testing.Sample}), a {@link org.plenary.core.testing.Trial} that plans
 * requests written a line each under a rule and others and reads what it decided, and a clock that
 * moves only when told ({@link org.plenary.core.testing.TestClock}).
 */
package org.plenary.core.testing;
