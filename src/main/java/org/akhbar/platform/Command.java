package org.akhbar.platform;

import java.util.List;

/** A command-line job, run by {@code java -jar akhbar.jar <name> args...} without the web server. */
public interface Command {

    String name();

    /** One line: the name, its arguments and what it does. */
    String usage();

    /** Runs the job and returns the process exit code (0 on success). */
    int run(List<String> args);
}
