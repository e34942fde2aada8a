/**
 * The rule SPI: a {@link org.plenary.core.rule.Rule} shapes a plan and checks it, reporting
 * {@link org.plenary.core.rule.Finding findings} with reasons; rules compose into a
 * {@link org.plenary.core.rule.RuleSet}, built in code, discovered through
 * {@link org.plenary.core.rule.RuleProvider} or read from a configuration file.
 */
@PlenaryStyle
package org.plenary.core.rule;

import org.plenary.core.internal.PlenaryStyle;
