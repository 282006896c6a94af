import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hostile clients of bench/hostile, for a fixed time: {@code --slow N} clients that each post a
 * document one byte every {@code --pause-ms} over a plain socket (and try again a second after each
 * answer, as a careless or hostile client would), one document of {@code --run-on-bytes} with no
 * full stop (posted first, and again after each 503 as Retry-After asks), and a readiness probe every
 * 500 ms. Prints one line: {@code HOSTILE slow=... answers=<status:count,...> runon_status= runon_s=
 * runon_attempts= ready_checks= ready_up= ready_max_ms=}.
 * Run: {@code java bench/Hostile.java --url http://127.0.0.1:8095 --seconds 40}.
 */
public final class Hostile {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = options.getOrDefault("url", "http://127.0.0.1:8095");
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "40"));
        int slow = Integer.parseInt(options.getOrDefault("slow", "200"));
        long pauseMs = Long.parseLong(options.getOrDefault("pause-ms", "500"));
        int runOnBytes = Integer.parseInt(options.getOrDefault("run-on-bytes", Integer.toString(2 * 1024 * 1024 - 64)));
        String key = System.getenv().getOrDefault("FACTQUERY_API_KEY", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        URI target = URI.create(url);
        for (int c = 0; c < slow; c++) {
            int client0 = c;
            threads.add(started(() -> {
                pause(300 + client0); // after the run-on document has started
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String json = "{\"text\": \"Slow client " + client0 + " post " + n++ + ": fighters captured "
                            + "Zaranj on Friday, officials said.\"}";
                    String outcome = trickledPost(target, key, json, pauseMs, deadline);
                    answers.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    pause(1000);
                }
            }));
        }

        String[] runOn = {"-", "-", "0"};
        threads.add(started(() -> {
            String unit = "fighters captured the town and moved along the coast road while officials said troops "
                    + "held the port and the airport and the fighting went on ";
            StringBuilder text = new StringBuilder();
            while (text.length() < runOnBytes - unit.length() - 16) {
                text.append(unit);
            }
            String json = "{\"text\": \"" + text + "\"}";
            // a well-behaved client: it tries again after Retry-After while the slots are taken
            long start = System.nanoTime();
            int attempts = 0;
            do {
                attempts++;
                try {
                    HttpResponse<String> response = client.send(post(url, key,
                            HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
                    runOn[0] = Integer.toString(response.statusCode());
                } catch (IOException | InterruptedException e) {
                    runOn[0] = "error";
                }
                if (runOn[0].equals("503")) {
                    pause(2000);
                }
            } while (runOn[0].equals("503") && System.nanoTime() < deadline);
            runOn[1] = String.format("%.2f", (System.nanoTime() - start) / 1e9);
            runOn[2] = Integer.toString(attempts);
        }));

        AtomicInteger checks = new AtomicInteger();
        AtomicInteger up = new AtomicInteger();
        AtomicLong slowestMs = new AtomicLong();
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> ready = probe.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    up.incrementAndGet();
                }
            } catch (IOException e) {
                // counted as not up
            }
            checks.incrementAndGet();
            slowestMs.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            pause(500);
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60).toMillis());
        }
        StringBuilder summary = new StringBuilder();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> summary.append(summary.isEmpty() ? "" : ",").append(e.getKey()).append(':')
                        .append(e.getValue().get()));
        System.out.printf("HOSTILE slow=%d answers=%s runon_status=%s runon_s=%s runon_attempts=%s ready_checks=%d "
                + "ready_up=%d ready_max_ms=%d%n", slow, summary, runOn[0], runOn[1], runOn[2], checks.get(), up.get(),
                slowestMs.get());
    }

    private static HttpRequest post(String url, String key, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/documents"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json").POST(body);
        if (!key.isEmpty()) {
            request.header("X-API-Key", key);
        }
        return request.build();
    }

    /**
     * Posts the JSON over a plain socket, one body byte every pause, and stops as soon as the
     * service answers (it may answer before the body is complete: a 503 at once, a 408 after the
     * read timeout). Answers the status code of the answer's first line, or what went wrong.
     */
    private static String trickledPost(URI target, String key, String json, long pauseMs, long deadline) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /documents HTTP/1.1\r\nHost: " + target.getHost() + "\r\nContent-Type: application/json\r\n"
                + (key.isEmpty() ? "" : "X-API-Key: " + key + "\r\n") + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < body.length && in.available() == 0 && System.nanoTime() < deadline; i++) {
                pause(pauseMs);
                try {
                    out.write(body[i]);
                    out.flush();
                } catch (IOException closedByTheService) {
                    break; // its answer is waiting to be read
                }
            }
            String statusLine = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
            return statusLine == null ? "closed" : statusLine.split(" ")[1];
        } catch (IOException e) {
            return "io-error";
        }
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
