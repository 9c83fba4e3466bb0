package org.akhbar.platform;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application either as the web site or as one command-line job.
 *
 * <p>A job is named by the first argument that is not an option ({@code import FILE.jsonl}). It
 * starts the same context without the web server, so jobs take the same configuration
 * ({@code --akhbar.data-dir=...}, environment variables) as the site and may run beside it on
 * the same data.
 */
public final class Commands {

    private Commands() {
    }

    /** Whether the arguments name a job rather than asking for the web site. */
    public static boolean isCommand(String[] args) {
        return !positional(args).isEmpty();
    }

    /** Runs the job the arguments name and returns the process exit code. */
    public static int run(Class<?> applicationClass, String[] args) {
        List<String> positional = positional(args);
        SpringApplication application = new SpringApplication(applicationClass);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("command");
        try (ConfigurableApplicationContext context = application.run(args)) {
            String name = positional.getFirst();
            List<String> raw = Arrays.asList(args);
            List<String> commandArgs = raw.subList(raw.indexOf(name) + 1, raw.size());
            List<Command> commands = context.getBeanProvider(Command.class).orderedStream().toList();
            return commands.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .map(c -> c.run(CommandLine.parse(commandArgs, c.options())))
                    .orElseGet(() -> usage(name, commands));
        }
    }

    private static List<String> positional(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    }

    private static int usage(String unknown, List<Command> commands) {
        System.err.println("Unknown command: " + unknown);
        System.err.println("Commands:");
        commands.forEach(c -> System.err.println("  " + c.usage()));
        return 2;
    }
}
