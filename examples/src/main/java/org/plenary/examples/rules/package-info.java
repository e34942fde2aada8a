/**
 * Rules of a facilitation's own, written against the public SPI alone and composed with the standard
 * rules: group statements first ({@link org.plenary.examples.rules.GroupStatementsFirst}), States
 * Parties and others in turn ({@link org.plenary.examples.rules.AlternateStatesAndOthers}), and a
 * regional balance configured from a file ({@link org.plenary.examples.rules.RegionalBalance}).
 */
package org.plenary.examples.rules;
