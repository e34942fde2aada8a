/**
 * Deadlines: the registration cut-off for the list of speakers, with a stated meaning of "before"
 * and a policy for late requests ({@link org.plenary.rules.deadline.RegistrationDeadline}).
 */
package org.plenary.rules.deadline;
