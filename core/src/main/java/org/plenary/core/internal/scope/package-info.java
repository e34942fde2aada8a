/**
 * What the planner reads of the values rules declare with: a {@code Selector} as a {@link
 * org.plenary.core.internal.scope.Scope}, a {@code Place} as an {@link
 * org.plenary.core.internal.scope.Anchor}, a {@code Verdict} as a {@link
 * org.plenary.core.internal.scope.Judgement} and a {@code Fit} as a {@link
 * org.plenary.core.internal.scope.Fitting}. Those public values hold them and register, once, how to
 * read them, so that the methods only the planner calls stay out of the public API. Exported only to
 * the standard rules, which word their fits from a {@code Fitting}; no API.
 */
package org.plenary.core.internal.scope;
