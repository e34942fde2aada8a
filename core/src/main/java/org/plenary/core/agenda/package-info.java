/**
 * The agenda of a plenary: the {@link org.plenary.core.agenda.Plenary}, its
 * {@link org.plenary.core.agenda.Segment segments} and {@link org.plenary.core.agenda.Intervention
 * interventions}, and who speaks: {@link org.plenary.core.agenda.Speaker},
 * {@link org.plenary.core.agenda.Delegation}, {@link org.plenary.core.agenda.Constituency},
 * {@link org.plenary.core.agenda.ProtocolRank}; and a {@link org.plenary.core.agenda.Series} of
 * meetings that share one list of speakers.
 *
 * <p>Every type here is immutable and thread-safe, built through static factories or builders that
 * check structural invariants and name the bad field and value.
 */
@PlenaryStyle
package org.plenary.core.agenda;

import org.plenary.core.internal.style.PlenaryStyle;
