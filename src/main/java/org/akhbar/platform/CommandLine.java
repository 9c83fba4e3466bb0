package org.akhbar.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What follows a job's name on the command line: its arguments, and its own options written
 * {@code --name value} or {@code --name=value}. Any other {@code --key=value} is a Spring
 * property (the data folder, the database) and is not the job's business.
 */
public record CommandLine(List<String> arguments, Map<String, String> options) {

    public static CommandLine parse(List<String> raw, Set<String> optionNames) {
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (!arg.startsWith("--")) {
                arguments.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (!optionNames.contains(name)) {
                continue;
            }
            if (equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                options.put(name, raw.get(++i));
            } else {
                options.put(name, "");
            }
        }
        return new CommandLine(List.copyOf(arguments), Map.copyOf(options));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank());
    }
}
