/**
 * The standard re-planning strategies for a sitting in progress:
 * {@link org.plenary.rules.replan.ShortenInProportion}, {@link org.plenary.rules.replan.WaitListLast},
 * and the two in sequence, {@link org.plenary.rules.replan.Replans#standard}.
 */
package org.plenary.rules.replan;
