/**
 * How the planner resolves and checks declarations: working storage as arrays indexed by speech,
 * one sort by a composed key a segment, one pass to fit. Not exported by the module.
 */
package org.plenary.core.internal.resolve;
