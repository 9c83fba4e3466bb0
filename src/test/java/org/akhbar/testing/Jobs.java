package org.akhbar.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.akhbar.AkhbarApplication;
import org.akhbar.platform.Commands;

/**
 * Runs a command-line job ({@code java -jar akhbar.jar <command>}) in this JVM on a test database,
 * with what it reads from standard input given and what it prints captured.
 */
public final class Jobs {

    /** Exit code and what the job printed. */
    public record Run(int exitCode, String out, String err) {
    }

    private Jobs() {
    }

    public static Run run(Map<String, String> database, String... command) {
        return runWithInput(database, "", command);
    }

    public static synchronized Run runWithInput(Map<String, String> database, String stdin, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(TestDatabase.asOptions(database));
        args.add("--akhbar.test.command=true");
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Commands.run(AkhbarApplication.class, args.toArray(String[]::new));
            return new Run(code, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
