/**
 * Plans: a {@link org.plenary.core.plan.Plan} of {@link org.plenary.core.plan.Slot slots} and
 * {@link org.plenary.core.plan.WaitingEntry waiting entries}, each with the
 * {@link org.plenary.core.plan.Decision decisions} that put it there, the rules'
 * {@link org.plenary.core.plan.Finding findings}, and the plan laid on the clock as a
 * {@link org.plenary.core.plan.Timetable}; the {@link org.plenary.core.plan.SeriesPlan plan of a series}
 * of meetings that share one list.
 */
@PlenaryStyle
package org.plenary.core.plan;

import org.plenary.core.internal.style.PlenaryStyle;
