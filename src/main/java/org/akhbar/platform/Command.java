package org.akhbar.platform;

import java.util.Set;

/** A command-line job, run by {@code java -jar akhbar.jar <name> args...} without the web server. */
public interface Command {

    String name();

    /** One line: the name, its arguments and what it does. */
    String usage();

    /** The names of the job's own options ({@code --name value}); none by default. */
    default Set<String> options() {
        return Set.of();
    }

    /** Runs the job and returns the process exit code (0 on success). */
    int run(CommandLine line);
}
