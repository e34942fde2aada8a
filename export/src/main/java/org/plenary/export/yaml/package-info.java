/**
 * A plenary written in a file: {@link org.plenary.export.yaml.PlenaryFile} reads a plenary, or a series
 * of meetings, from YAML, refusing a bad file with its line, column, field and value.
 */
package org.plenary.export.yaml;
