package org.akhbar;

import org.akhbar.platform.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Akhbar: one jar that serves the site, or runs one command-line job and exits
 * ({@code java -jar akhbar.jar import FILE.jsonl}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AkhbarApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(AkhbarApplication.class, args));
        }
        SpringApplication.run(AkhbarApplication.class, args);
    }
}
