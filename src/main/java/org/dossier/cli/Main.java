package org.dossier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command line: {@code build} (the default), {@code serve}, {@code check} and
 * {@code explain}.
 */
@Command(
        name = "dossier",
        mixinStandardHelpOptions = true,
        version = "Dossier 1.0",
        description = "Builds a briefing dossier site from news clippings.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, ExplainCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        // Without a command, build: the Maven goal runs the program with no arguments.
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] effective = args.length == 0 ? new String[] {"build"} : args;
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, a) -> {
                    err.println("dossier: " + e.getMessage() + " (see --help)");
                    return ExitCodes.USAGE;
                });
        return commandLine.execute(effective);
    }
}
