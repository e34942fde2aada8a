/**
 * The whole plenary and plan as JSON, written and read back with Jackson:
 * {@link org.plenary.export.json.PlanJson}.
 */
package org.plenary.export.json;
