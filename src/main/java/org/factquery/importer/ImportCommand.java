package org.factquery.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code fact-query import PATH...}: loads articles into a running service through
 * {@code POST /documents/batch}, showing progress, rate and time left, and a summary at the end.
 * A path is an NDJSON file ({@code .ndjson}, {@code .jsonl}: one document per line), a JSON file
 * (one document), a text file ({@code .txt}: its text is the article) or a folder of those (read
 * in name order, sub-folders too). Exit status: 0 when every document was stored or already
 * there, 1 when some were refused, 2 when the service could not be used.
 */
public final class ImportCommand {

    static final String USAGE = """
            usage: fact-query import PATH... [--url http://localhost:8080] [--batch 100]
              PATH   an .ndjson/.jsonl file (one document per line), a .json file (one document),
                     a .txt file (the article text) or a folder of them
              --url  the service (default http://localhost:8080)
              --batch documents per request (default 100)
              the API key, when the service needs one, is read from FACTQUERY_API_KEY""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Failures listed one by one in the summary; the rest are counted. */
    private static final int FAILURES_SHOWN = 10;
    /** A request body stays under the service's default batch limit (64 MiB). */
    private static final long MAX_REQUEST_BYTES = 32L << 20;

    /** One document to send, and where it came from (file and line) for the summary. */
    record Item(String where, String json) {
    }

    private final URI batchUri;
    private final String apiKey;
    private final int batchSize;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private long created;
    private long duplicates;
    private final List<String> failures = new ArrayList<>();
    private long failed;

    ImportCommand(String url, String apiKey, int batchSize, PrintStream out) {
        this.batchUri = URI.create(url.replaceAll("/+$", "") + "/documents/batch");
        this.apiKey = apiKey;
        this.batchSize = batchSize;
        this.out = out;
    }

    /** Runs the command with the arguments after {@code import}; returns the exit status. */
    public static int run(List<String> args, PrintStream out) {
        List<Path> paths = new ArrayList<>();
        String url = "http://localhost:8080";
        int batch = 100;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--url" -> url = args.get(++i);
                    case "--batch" -> batch = Integer.parseInt(args.get(++i));
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> paths.add(Path.of(args.get(i)));
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            out.println(USAGE);
            return 2;
        }
        if (paths.isEmpty() || batch < 1) {
            out.println(USAGE);
            return 2;
        }
        try {
            List<Item> items = read(paths);
            return new ImportCommand(url, System.getenv("FACTQUERY_API_KEY"), batch, out).send(items);
        } catch (UncheckedIOException | IOException e) {
            out.println("fact-query import: " + e.getMessage());
            return 2;
        }
    }

    /** Every document the paths hold, in order. */
    static List<Item> read(List<Path> paths) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException("no such file or folder: " + path);
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ImportCommand::readable).sorted().toList();
            }
            for (Path file : files) {
                items.addAll(readFile(file));
            }
        }
        return items;
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".txt");
    }

    private static List<Item> readFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return List.of(new Item(file.toString(), JSON.writeValueAsString(Map.of("text", Files.readString(file)))));
        }
        if (name.endsWith(".json")) {
            // one document, sent on one line as the service reads it
            return List.of(new Item(file.toString(), JSON.writeValueAsString(JSON.readTree(file.toFile()))));
        }
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                items.add(new Item(file + ":" + (i + 1), lines.get(i).strip()));
            }
        }
        return items;
    }

    /** Sends the documents in batches, showing progress; returns the exit status. */
    int send(List<Item> items) {
        Progress progress = new Progress(items.size(), out);
        int from = 0;
        while (from < items.size()) {
            int to = from;
            long bytes = 0;
            while (to < items.size() && to - from < batchSize
                    && (to == from || bytes + items.get(to).json().length() * 3L < MAX_REQUEST_BYTES)) {
                bytes += items.get(to).json().length() * 3L + 1;
                to++;
            }
            String failure = sendBatch(items.subList(from, to), progress);
            if (failure != null) {
                progress.end();
                out.println("fact-query import: " + failure);
                summary(progress, items.size());
                return 2;
            }
            from = to;
        }
        progress.end();
        summary(progress, items.size());
        return failed == 0 ? 0 : 1;
    }

    /** One request; null when the service answered it, else why it could not be used. */
    private String sendBatch(List<Item> batch, Progress progress) {
        StringBuilder body = new StringBuilder();
        batch.forEach(item -> body.append(item.json().replace("\n", " ")).append('\n'));
        HttpRequest.Builder request = HttpRequest.newBuilder(batchUri).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return "the service at " + batchUri + " could not be reached (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                String detail = lines.lines().reduce("", String::concat);
                return batchUri + " answered " + response.statusCode() + ": " + detail(detail);
            }
            int answered = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode result = JSON.readTree(line);
                Item item = batch.get(result.get("line").asInt() - 1);
                count(item, result);
                answered++;
                progress.advance(created, duplicates, failed);
            }
            if (answered < batch.size()) {
                return "the service stopped after " + answered + " of " + batch.size() + " documents of a batch";
            }
            return null;
        } catch (IOException e) {
            return "the answer from " + batchUri + " broke off (" + e.getMessage() + ")";
        }
    }

    private void count(Item item, JsonNode result) {
        int status = result.get("status").asInt();
        if (status == 201) {
            created++;
        } else if (status == 200) {
            duplicates++;
        } else {
            failed++;
            if (failures.size() < FAILURES_SHOWN) {
                JsonNode problem = result.get("problem");
                failures.add(item.where() + ": " + status + " " + (problem == null ? "" : problem.path("detail").asText()));
            }
        }
    }

    private static String detail(String problemJson) {
        try {
            return JSON.readTree(problemJson).path("detail").asText(problemJson);
        } catch (IOException e) {
            return problemJson;
        }
    }

    private void summary(Progress progress, int total) {
        long done = created + duplicates + failed;
        out.printf(Locale.ROOT, "imported %d of %d documents in %.1f s (%.1f/s): %d created, %d duplicates, %d failed%n",
                done, total, progress.seconds(), progress.rate(done), created, duplicates, failed);
        failures.forEach(f -> out.println("  failed " + f));
        if (failed > failures.size()) {
            out.println("  … and " + (failed - failures.size()) + " more");
        }
    }
}
