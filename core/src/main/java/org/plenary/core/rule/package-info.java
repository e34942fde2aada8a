/**
 * The rule SPI: a {@link org.plenary.core.rule.Rule} declares what it wants through
 * {@link org.plenary.core.rule.Declarations} (admissions as {@link org.plenary.core.rule.Declarations.Verdict
 * verdicts}, orders, fixed places, limits, capacities fitted as a {@link org.plenary.core.rule.Declarations.Fit}
 * says, reserves), each about the speeches a {@link org.plenary.core.rule.Selector} selects. Rules
 * compose into a {@link org.plenary.core.rule.RuleSet}, built in code, discovered through
 * {@link org.plenary.core.rule.RuleProvider} or read from a configuration file.
 */
@PlenaryStyle
package org.plenary.core.rule;

import org.plenary.core.internal.style.PlenaryStyle;
