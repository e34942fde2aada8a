/**
 * The intake: requests to speak read from the Secretariat's mailbox ({@link
 * org.plenary.export.intake.MailIntake}) or a spreadsheet export ({@link
 * org.plenary.export.intake.SheetIntake}), matched to delegations through a {@link
 * org.plenary.export.intake.Directory}, and reported for people and machines ({@link
 * org.plenary.export.intake.IntakeReport}).
 *
 * <p>Every message becomes exactly one {@link org.plenary.export.intake.Outcome}; whatever a person
 * must decide goes to the review list with its {@link org.plenary.export.intake.Reason}.
 */
package org.plenary.export.intake;
