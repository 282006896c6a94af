package org.factquery.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request may proceed, from its method, path, credentials and origin. Pure:
 * the HTTP layer ({@link AccessFilter}) only gathers these and answers the decision.
 *
 * <p>Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken
 * depends on neither the key's length nor how much of it matched.
 */
public final class AccessPolicy {

    /** What to do with a request. */
    public enum Decision {
        ALLOW,
        /** A key is required and none was presented: 401. */
        MISSING_KEY,
        /** A key was presented and it is not the configured one: 401. */
        WRONG_KEY,
        /** No key is configured, so writes are accepted from this machine only: 403. */
        LOCAL_WRITES_ONLY
    }

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final byte[] keyDigest;
    private final boolean readRequiresKey;

    private AccessPolicy(byte[] keyDigest, boolean readRequiresKey) {
        this.keyDigest = keyDigest;
        this.readRequiresKey = readRequiresKey;
    }

    /** The policy for a configured key (blank counts as none). */
    public static AccessPolicy of(Optional<String> apiKey, boolean readRequiresKey) {
        byte[] digest = apiKey.filter(k -> !k.isBlank()).map(k -> digest(k.strip())).orElse(null);
        return new AccessPolicy(digest, readRequiresKey && digest != null);
    }

    public boolean keyConfigured() {
        return keyDigest != null;
    }

    public boolean readRequiresKey() {
        return readRequiresKey;
    }

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param apiKeyHeader the {@code X-API-Key} header, or null
     * @param fromLoopback whether the connection comes from this machine
     */
    public Decision decide(String method, String path, String authorization, String apiKeyHeader,
            boolean fromLoopback) {
        boolean write = WRITES.contains(method.toUpperCase(Locale.ROOT));
        if (!write && !(readRequiresKey && isApiPath(path))) {
            return Decision.ALLOW;
        }
        if (keyDigest == null) {
            return fromLoopback ? Decision.ALLOW : Decision.LOCAL_WRITES_ONLY;
        }
        String presented = presentedKey(authorization, apiKeyHeader);
        if (presented == null) {
            return Decision.MISSING_KEY;
        }
        return MessageDigest.isEqual(keyDigest, digest(presented)) ? Decision.ALLOW : Decision.WRONG_KEY;
    }

    /**
     * Whether the request may ask for answers computed afresh ({@code Cache-Control: no-cache}):
     * whoever may write, so that anonymous readers cannot make every answer pay its full cost.
     */
    public boolean mayBypassCache(String authorization, String apiKeyHeader, boolean fromLoopback) {
        return decide("POST", "/", authorization, apiKeyHeader, fromLoopback) == Decision.ALLOW;
    }

    /** The bearer token of {@code Authorization: Bearer <key>}, else the {@code X-API-Key} header. */
    static String presentedKey(String authorization, String apiKeyHeader) {
        if (authorization != null) {
            String value = authorization.strip();
            int space = value.indexOf(' ');
            if (space > 0 && value.substring(0, space).equalsIgnoreCase("Bearer")) {
                String token = value.substring(space + 1).strip();
                if (!token.isEmpty()) {
                    return token;
                }
            }
        }
        return apiKeyHeader == null || apiKeyHeader.isBlank() ? null : apiKeyHeader.strip();
    }

    /**
     * Health, metrics and the API description stay open so that probes and tools work; so do the
     * page and its files (it asks for the key, and sends it with its API calls).
     */
    private static boolean isApiPath(String path) {
        return !(path.equals("/q") || path.startsWith("/q/") || path.equals("/") || path.equals("/index.html")
                || path.startsWith("/ui/"));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
