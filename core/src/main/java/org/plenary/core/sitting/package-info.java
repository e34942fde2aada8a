/**
 * A plenary in progress: the {@link org.plenary.core.sitting.Sitting} records what actually
 * happens, projects the end, and re-plans what remains, fitting it as a
 * {@link org.plenary.core.rule.Declarations.Fit} says, so that the sitting still ends on time; its
 * {@link org.plenary.core.sitting.SittingEvent event log} replays it exactly.
 */
@PlenaryStyle
package org.plenary.core.sitting;

import org.plenary.core.internal.style.PlenaryStyle;
