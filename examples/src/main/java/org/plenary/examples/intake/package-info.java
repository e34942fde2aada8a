/** The intake as a command a Secretariat runs on its own mailbox export. */
package org.plenary.examples.intake;
