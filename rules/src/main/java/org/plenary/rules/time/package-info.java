/**
 * Time limits and capacities: the longest statement ({@link org.plenary.rules.time.SpeakingTimeLimit}),
 * segment allotments ({@link org.plenary.rules.time.SegmentAllotment}), the total budget
 * ({@link org.plenary.rules.time.TimeBudget}), time or places held for some constituencies
 * ({@link org.plenary.rules.time.Reserve}) or capped for them ({@link org.plenary.rules.time.Cap}).
 */
package org.plenary.rules.time;
