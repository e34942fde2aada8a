package org.plenary.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plenary} command, the executable jar's entry point:
 *
 * <pre>
 * java -jar examples/target/plenary.jar plan --plenary asp18.yaml --requests asp18.mbox \
 *     --directory directory.csv --format all --lang all -o out/plan
 * </pre>
 *
 * <p>Each subcommand states its exit codes in its {@code --help}; what the library refuses is said in
 * one line that names the file, the key or the value.
 */
@Command(name = "plenary", mixinStandardHelpOptions = true,
    versionProvider = PlenaryCommand.Version.class,
    description = "Plans, checks and publishes the agenda of a plenary; reads the requests to speak a"
        + " Secretariat receives.",
    subcommands = {PlanCommand.class, IntakeCommand.class, CheckCommand.class, PublishCommand.class,
        RulesCommand.class, FormatsCommand.class, RoomCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_ERRORS, Exit.L_INCOMPLETE, Exit.L_USAGE, Exit.L_BAD_INPUT,
        Exit.L_NO_INPUT, Exit.L_SOFTWARE, Exit.L_IO},
    footer = {"%nShell completion: source <(java -jar plenary.jar generate-completion)"})
public final class PlenaryCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A command; {@link #commandLine()} gives it ready to run. */
  public PlenaryCommand() {}

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
  }

  /** The command line of {@code plenary}, writing UTF-8 to the standard streams whatever the platform's charset. */
  public static CommandLine commandLine() {
    return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * The command line of {@code plenary}, writing to {@code out} and {@code err}; a wrong command line
   * and whatever the library refuses are each said in one line, with their exit code.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new PlenaryCommand());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler((e, args) -> {
      CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
      e.getCommandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage()
          + " (see '" + spec.qualifiedName() + " --help')");
      return spec.exitCodeOnInvalidInput();
    });
    line.setExecutionExceptionHandler((e, command, parsed) -> {
      Failure failure = Failure.of(e);
      command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + failure.message());
      return failure.code();
    });
    return line;
  }

  /** Runs {@code plenary} and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The version: the jar's, where the manifest gives it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PlenaryCommand.class.getPackage().getImplementationVersion();
      return new String[] {"plenary " + (v == null ? "(development build)" : v)};
    }
  }
}
