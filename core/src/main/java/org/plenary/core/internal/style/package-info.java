/** The Immutables style of the core's values: a package of its own, so that every package may use it. */
package org.plenary.core.internal.style;
