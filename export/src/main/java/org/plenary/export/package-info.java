/**
 * The exporter SPI: an {@link org.plenary.export.Exporter} writes a timetable in one format, with
 * {@link org.plenary.export.ExportOptions}; {@link org.plenary.export.Exporters} finds them.
 */
package org.plenary.export;
