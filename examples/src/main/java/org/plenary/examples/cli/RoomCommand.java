package org.plenary.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plenary.examples.room.RoomMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary room}: the ASP18 room's server, as {@link RoomMain} runs it. */
@Command(name = "room", mixinStandardHelpOptions = true,
    description = {
        "Serves the room of the ASP18 example: the list of speakers on the wall and the chair's console,"
            + " live in a browser (see examples/README.md, 'The room'). Prints the display's and the"
            + " console's addresses and the chair's token, then runs until stopped."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {"0:stopped", "1:the log cannot be used, or the port cannot be opened",
        "2:a value the room refuses (a --speed out of range)", Exit.L_USAGE})
final class RoomCommand extends Step {

  @Option(names = "--port", paramLabel = "N", description = "The port; 0 for any free one; default: 8080.")
  Integer port;

  @Option(names = "--host", paramLabel = "H", description = "The address to listen on; default: 127.0.0.1.")
  String host;

  @Option(names = "--log", paramLabel = "FILE",
      description = "The sitting's log: resumed if it exists, else started.")
  Path log;

  @Option(names = "--speed", paramLabel = "N",
      description = "A simulated chair runs the sitting, its clock N times as fast (above 0, at most 1000).")
  Double speed;

  @Option(names = "--token", paramLabel = "T",
      description = "The chair's token; default: PLENARY_CHAIR_TOKEN, else a new one.")
  String token;

  @Override
  int run() throws Exception {
    List<String> args = new ArrayList<>();
    add(args, "--port", port);
    add(args, "--host", host);
    add(args, "--log", log);
    add(args, "--speed", speed);
    add(args, "--token", token);
    out().flush();
    RoomMain.main(args.toArray(String[]::new));
    return Exit.OK;
  }

  private static void add(List<String> args, String name, Object value) {
    if (value != null) {
      args.add(name);
      args.add(value.toString());
    }
  }
}
