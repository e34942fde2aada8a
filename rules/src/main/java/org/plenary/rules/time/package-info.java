/**
 * Time limits: the longest statement ({@link org.plenary.rules.time.SpeakingTimeLimit}), segment
 * allotments ({@link org.plenary.rules.time.SegmentAllotment}) and the total budget
 * ({@link org.plenary.rules.time.TimeBudget}).
 */
package org.plenary.rules.time;
