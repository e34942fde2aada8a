/**
 * Ordering: precedence between constituencies, protocol rank and receipt
 * ({@link org.plenary.rules.order.Precedence}), fixed places in the programme
 * ({@link org.plenary.rules.order.FixedPosition}) and one statement per delegation
 * ({@link org.plenary.rules.order.OnePerDelegation}).
 */
package org.plenary.rules.order;
