/**
 * Planning: the {@link org.plenary.core.plan.Planner} turns a plenary and its requests to speak into
 * a {@link org.plenary.core.plan.Plan} under a rule set, and a plan is laid on the clock as a
 * {@link org.plenary.core.plan.Timetable}.
 */
@PlenaryStyle
package org.plenary.core.plan;

import org.plenary.core.internal.PlenaryStyle;
