/**
 * The {@code plenary} command: plan a plenary written in a file, read a mailbox, check a plan, publish
 * a release, list the rules and formats there are. Built with picocli on the library's public API;
 * {@link org.plenary.examples.cli.PlenaryCommand} is the entry point of the executable jar.
 */
package org.plenary.examples.cli;
