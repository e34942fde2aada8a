package org.plenary.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand: its work in {@link #run()}, and whatever the library refuses turned into one line on
 * the error stream and an exit code ({@link Failure}), however the command line was built.
 */
abstract class Step implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Does the work; returns the exit code. */
  abstract int run() throws Exception;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (ParameterException e) {
      throw e;
    } catch (Exception e) {
      Failure failure = Failure.of(e);
      err().println(spec.qualifiedName() + ": " + failure.message());
      err().flush();
      return failure.code();
    } finally {
      out().flush();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A usage error: picocli prints it with the usage and exits {@link Exit#USAGE}. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
