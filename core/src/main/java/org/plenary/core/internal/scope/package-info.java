/**
 * What the planner reads of the values rules declare with: a {@code Selector} as a {@link
 * org.plenary.core.internal.scope.Scope}, a {@code Place} as an {@link
 * org.plenary.core.internal.scope.Anchor}, a {@code Verdict} as a {@link
 * org.plenary.core.internal.scope.Judgement}. Those public values hold them and register how to read
 * them, so that the methods only the planner calls stay out of the public API. Not exported by the
 * module.
 */
package org.plenary.core.internal.scope;
