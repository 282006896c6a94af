package org.factquery.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;

import org.junit.jupiter.api.Test;

/** What the screen refuses, decided from the raw URI alone. */
class RequestScreenTest {

    private static String refusal(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        MultiMap parameters = MultiMap.caseInsensitiveMultiMap();
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.add(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        return RequestScreen.refusalOf(uri, path, () -> parameters);
    }

    @Test
    void ordinaryRequestsPass() {
        assertThat(refusal("/cities/Mazar-i-Sharif/status?asOf=2021-08-12")).isNull();
        assertThat(refusal("/claims?q=%22Kabul%22+fell&size=5")).isNull();
        assertThat(refusal("/cities/Qala%20i%20Naw/status")).isNull();
        assertThat(refusal("/cities/C%C3%B3rdoba/status")).isNull();
        assertThat(refusal("/documents/..1")).isNull(); // dots inside a segment are no dot segment
    }

    @Test
    void dotSegmentsAreRefusedInEveryEncoding() {
        for (String uri : new String[] {"/q/../documents", "/q/%2e%2e/x", "/q/%2E%2e/x", "/q/.%2E/x", "/a/./b", "/a/%2e",
            "/a/.."}) {
            assertThat(refusal(uri)).as(uri).contains("'..' segments");
        }
    }

    @Test
    void controlCharactersAndMalformedEscapesAreRefused() {
        assertThat(refusal("/claims?q=%00")).contains("control characters");
        assertThat(refusal("/claims?q=a%09b")).contains("control characters");
        assertThat(refusal("/cities/%C2%85/status")).contains("control characters"); // NEL, a C1 control
        assertThat(refusal("/cities/%zz/status")).contains("malformed");
        assertThat(refusal("/cities/a b/status")).contains("malformed");
    }
}
