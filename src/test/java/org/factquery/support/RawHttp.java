package org.factquery.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.restassured.RestAssured;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;

/**
 * Requests sent exactly as written, for what REST Assured would tidy up or refuse to send: request
 * URIs with dot segments or malformed escapes (Vert.x's client sends the URI as given), and bodies
 * that trickle in (JDK's client reading a slow stream). Every wait is bounded, so that a hanging
 * service fails the test.
 */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Vertx VERTX = Vertx.vertx();
    private static final io.vertx.core.http.HttpClient RAW = VERTX.createHttpClient(
            new HttpClientOptions().setKeepAlive(false).setConnectTimeout(10_000));

    /** An answer: status, headers and body. */
    public record Answer(int status, MultiMap headers, String body) {
    }

    private RawHttp() {
    }

    /** The service's URI with this path and query. */
    public static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    /** Sends the request URI exactly as given; headers come as name, value pairs. */
    public static Answer send(String method, String rawUri, String... headers) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        // all on one event loop, so the body handler is in place before the body can arrive
        VERTX.getOrCreateContext().runOnContext(start -> RAW
                .request(HttpMethod.valueOf(method), RestAssured.port, "localhost", rawUri)
                .compose(request -> {
                    for (int i = 0; i + 1 < headers.length; i += 2) {
                        request.putHeader(headers[i], headers[i + 1]);
                    }
                    return request.send();
                })
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        response.headers(), body.toString(StandardCharsets.UTF_8))))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        answer.complete(result.result());
                    } else {
                        answer.completeExceptionally(result.cause());
                    }
                }));
        try {
            return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer to " + method + " " + rawUri, e);
        }
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of JSON whose body arrives one byte every {@code pause}, with its length declared. */
    public static HttpRequest tricklingPost(String path, String json, Duration pause, String... headers) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher slow = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new Trickle(bytes, pause)), bytes.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(slow);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }

    public static HttpClient client() {
        return CLIENT;
    }

    /** Gives its bytes one at a time, pausing before each. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Duration pause;
        private int next;

        Trickle(byte[] bytes, Duration pause) {
            this.bytes = bytes;
            this.pause = pause;
        }

        @Override
        public int read() throws IOException {
            if (next == bytes.length) {
                return -1;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return bytes[next++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int b = read();
            if (b < 0) {
                return -1;
            }
            into[offset] = (byte) b;
            return 1;
        }
    }
}
