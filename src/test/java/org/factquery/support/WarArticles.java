package org.factquery.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development corpus: articles written for the tests about wars other than Afghanistan's,
 * under {@code src/test/resources/articles/} (see its README), each with a {@code # title:} and a
 * {@code # published:} line, a blank line, then the body; beside each, the claims a careful
 * annotator requires ({@code <name>.expected.json}).
 */
public final class WarArticles {

    public static final Path DIRECTORY = Path.of("src", "test", "resources", "articles");

    /** One article: its file name without extension, title, publication day and body. */
    public record Article(String name, String title, LocalDate published, String body) {

        public Path expected() {
            return DIRECTORY.resolve(name + ".expected.json");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private WarArticles() {
    }

    public static List<Article> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(WarArticles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] headerAndBody = text.split("\n\n", 2);
            String title = null;
            LocalDate published = null;
            for (String line : headerAndBody[0].split("\n")) {
                if (line.startsWith("# title:")) {
                    title = line.substring("# title:".length()).strip();
                } else if (line.startsWith("# published:")) {
                    published = LocalDate.parse(line.substring("# published:".length()).strip());
                }
            }
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return new Article(name, title, published, headerAndBody[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
