/**
 * A plenary in progress: the {@link org.plenary.core.sitting.Sitting} records what actually
 * happens, projects the end, and re-plans what remains with a
 * {@link org.plenary.core.sitting.ReplanStrategy} so that the sitting still ends on time; its
 * {@link org.plenary.core.sitting.SittingEvent event log} replays it exactly.
 */
@PlenaryStyle
package org.plenary.core.sitting;

import org.plenary.core.internal.style.PlenaryStyle;
