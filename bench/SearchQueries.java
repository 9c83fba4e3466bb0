/*
 * Writes the search benchmark's query mix (bench/search.sh) from the generated articles: a third
 * one-word queries, a third two-word queries and a third quoted phrases, as API paths, one a line.
 *
 *   java bench/SearchQueries.java ARTICLES.jsonl COUNT OUT.txt [PREFIX]
 *
 * Words are taken from the titles and phrases from the bodies of articles picked with a fixed
 * seed, so the mix depends on the articles file only. PREFIX is the path before the query
 * (default /api/v1/search?q=).
 */

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SearchQueries {

    private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}]{3,}");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("Usage: java SearchQueries.java ARTICLES.jsonl COUNT OUT.txt [PREFIX]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[1]);
        String prefix = args.length > 3 ? args[3] : "/api/v1/search?q=";
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Random pick = new Random(7);
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                // A sample of the articles is plenty, and keeps memory small at 100,000.
                if (titles.size() < 5_000 && pick.nextInt(10) == 0) {
                    titles.add(field(line, "title"));
                    bodies.add(field(line, "body").replaceAll("<[^>]*>", " "));
                }
            }
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String query = switch (out.size() % 3) {
                case 0 -> words(titles.get(random.nextInt(titles.size())), 1, random);
                case 1 -> words(titles.get(random.nextInt(titles.size())), 2, random);
                default -> {
                    String phrase = words(bodies.get(random.nextInt(bodies.size())), 2 + random.nextInt(2), random);
                    yield phrase == null ? null : "\"" + phrase + "\"";
                }
            };
            if (query != null) {
                out.add(prefix + URLEncoder.encode(query, StandardCharsets.UTF_8));
            }
        }
        Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
    }

    /** The string value of a top-level field of a JSON line, escapes undone (enough for these files). */
    private static String field(String line, String name) {
        int start = line.indexOf("\"" + name + "\":\"");
        if (start < 0) {
            return "";
        }
        StringBuilder value = new StringBuilder();
        for (int i = start + name.length() + 4; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                value.append(next == 'n' ? ' ' : next);
            } else if (c == '"') {
                break;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** {@code n} consecutive words of the text from a random place, or null if it has too few. */
    private static String words(String text, int n, Random random) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < n) {
            return null;
        }
        int start = random.nextInt(words.size() - n + 1);
        return String.join(" ", words.subList(start, start + n));
    }
}
