/** The SVG timeline: {@link org.plenary.export.svg.SvgTimeline}. */
package org.plenary.export.svg;
