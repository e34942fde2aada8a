/**
 * The list over time: a published {@link org.plenary.export.release.Release} of a plan, numbered and
 * dated, and the {@link org.plenary.export.release.Changes} from one release to a later one, a
 * {@link org.plenary.export.release.Changes.Change} per speaker with the
 * {@link org.plenary.export.release.Release.Placement places} before and after and the decision behind it.
 */
@PlenaryStyle
package org.plenary.export.release;

import org.plenary.core.internal.style.PlenaryStyle;
