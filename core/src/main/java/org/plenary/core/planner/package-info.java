/**
 * Planning: the {@link org.plenary.core.planner.Planner} resolves what every rule of a rule set
 * declares into a {@link org.plenary.core.plan.Plan}, and checks any plan against the same rules.
 */
package org.plenary.core.planner;
