package org.plenary.examples.cli;

/**
 * The exit codes of {@code plenary}, as each command's {@code --help} lists them: 0 to 2 say how the
 * work went, 64 and above (after BSD's {@code sysexits.h}) that it could not be done.
 */
final class Exit {

  /** Done, nothing to report. */
  static final int OK = 0;
  /** The plan has a finding of severity error. */
  static final int ERRORS = 1;
  /** The intake could not read a source to its end: the report says what is missing. */
  static final int INCOMPLETE = 2;
  /** The command line is wrong: an unknown option, a missing or conflicting argument. */
  static final int USAGE = 64;
  /** A file was read but refused: the message names the file, and the line, key or value. */
  static final int BAD_INPUT = 65;
  /** A file to read does not exist. */
  static final int NO_INPUT = 66;
  /** An unexpected fault of the program itself. */
  static final int SOFTWARE = 70;
  /** A file could not be read or written. */
  static final int IO = 74;

  static final String HEADING = "%nExit codes:%n";
  static final String L_OK = "0:done";
  static final String L_ERRORS = "1:the plan has an error finding (printed)";
  static final String L_INCOMPLETE = "2:the intake could not read a source to its end (see its report)";
  static final String L_USAGE = "64:wrong command line (an unknown option, a missing argument)";
  static final String L_BAD_INPUT = "65:a file refused; the one-line message names the file, line, key or value";
  static final String L_NO_INPUT = "66:a file to read does not exist";
  static final String L_SOFTWARE = "70:an internal error";
  static final String L_IO = "74:a file could not be read or written";

  private Exit() {}
}
