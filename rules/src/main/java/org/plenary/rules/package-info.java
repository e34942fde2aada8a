/**
 * The standard rules of Plenary: {@link org.plenary.rules.StandardRules} puts them together; each
 * family has its own package.
 */
package org.plenary.rules;
