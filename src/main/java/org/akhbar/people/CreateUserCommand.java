package org.akhbar.people;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.MessageBundles;
import org.akhbar.site.Messages;
import org.springframework.stereotype.Component;

/**
 * {@code create-user --role admin --username NAME [--name "DISPLAY NAME"] [--email ADDRESS]}: opens
 * a newsroom account. The password is asked for twice on a terminal, or read from the first line of
 * standard input when there is none ({@code printf '%s\n' "$PASSWORD" | java -jar akhbar.jar
 * create-user ...}); it never appears on the command line, where other users could see it.
 */
@Component
class CreateUserCommand implements Command {

    private final AccountService accounts;
    private final Messages messages;

    CreateUserCommand(AccountService accounts, MessageBundles bundles) {
        this.accounts = accounts;
        this.messages = bundles.forLocale(Locale.ENGLISH);
    }

    @Override
    public String name() {
        return "create-user";
    }

    @Override
    public String usage() {
        return "create-user --role contributor|author|editor|admin --username NAME [--name \"DISPLAY NAME\"] "
                + "[--email ADDRESS]   open a newsroom account; the password is read from the terminal or stdin";
    }

    @Override
    public Set<String> options() {
        return Set.of("role", "username", "name", "email");
    }

    @Override
    public int run(CommandLine line) {
        Optional<Role> role = line.option("role").flatMap(Role::parse);
        Optional<String> username = line.option("username");
        if (role.isEmpty() || username.isEmpty()) {
            System.err.println("Usage: " + usage());
            return 2;
        }
        Optional<String> password = readPassword();
        if (password.isEmpty()) {
            System.err.println("No password given (or the two did not match).");
            return 2;
        }
        try {
            Account account = accounts.create(new AccountService.NewAccount(username.get(),
                    line.option("name").orElse(username.get()), line.option("email").orElse(null), password.get(),
                    role.get()));
            System.out.printf("Created %s (%s), id %d%n", account.username(), account.role().code(), account.id());
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> System.err.println(p.field() + ": " + messages.get(p.messageKey(), p.arguments())));
            return 1;
        }
    }

    private static Optional<String> readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
