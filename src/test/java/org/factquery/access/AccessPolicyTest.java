package org.factquery.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.access.AccessPolicy.Decision.ALLOW;
import static org.factquery.access.AccessPolicy.Decision.LOCAL_WRITES_ONLY;
import static org.factquery.access.AccessPolicy.Decision.MISSING_KEY;
import static org.factquery.access.AccessPolicy.Decision.WRONG_KEY;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final AccessPolicy KEYED = AccessPolicy.of(Optional.of("s3cret-key"), false);
    private static final AccessPolicy UNKEYED = AccessPolicy.of(Optional.empty(), false);

    @Test
    void writesNeedTheKeyFromAnywhereOnceOneIsConfigured() {
        assertThat(KEYED.decide("POST", "/documents", null, null, true)).isEqualTo(MISSING_KEY);
        assertThat(KEYED.decide("DELETE", "/documents/1", null, null, false)).isEqualTo(MISSING_KEY);
        assertThat(KEYED.decide("POST", "/documents", "Bearer s3cret-key", null, false)).isEqualTo(ALLOW);
        assertThat(KEYED.decide("POST", "/documents", "bearer   s3cret-key ", null, false)).isEqualTo(ALLOW);
        assertThat(KEYED.decide("POST", "/documents", null, "s3cret-key", false)).isEqualTo(ALLOW);
        assertThat(KEYED.decide("POST", "/documents", "Bearer s3cret-kez", null, true)).isEqualTo(WRONG_KEY);
        assertThat(KEYED.decide("POST", "/documents", null, "s3cret", true)).isEqualTo(WRONG_KEY);
        assertThat(KEYED.decide("PUT", "/documents/1", "Basic czNjcmV0", null, true)).isEqualTo(MISSING_KEY);
    }

    @Test
    void withoutAKeyWritesAreLocalOnlyAndReadsOpen() {
        assertThat(UNKEYED.decide("POST", "/documents", null, null, true)).isEqualTo(ALLOW);
        assertThat(UNKEYED.decide("POST", "/documents", null, null, false)).isEqualTo(LOCAL_WRITES_ONLY);
        assertThat(UNKEYED.decide("GET", "/cities", null, null, false)).isEqualTo(ALLOW);
        assertThat(AccessPolicy.of(Optional.of("   "), false).keyConfigured()).isFalse();
    }

    @Test
    void readsCanBeProtectedExceptHealthMetricsAndTheApiDescription() {
        AccessPolicy protectedReads = AccessPolicy.of(Optional.of("s3cret-key"), true);
        assertThat(protectedReads.decide("GET", "/cities/Herat/status", null, null, true)).isEqualTo(MISSING_KEY);
        assertThat(protectedReads.decide("GET", "/claims", null, "s3cret-key", false)).isEqualTo(ALLOW);
        assertThat(protectedReads.decide("GET", "/q/health/ready", null, null, false)).isEqualTo(ALLOW);
        assertThat(protectedReads.decide("GET", "/q/openapi", null, null, false)).isEqualTo(ALLOW);
        assertThat(KEYED.decide("GET", "/cities", null, null, false)).isEqualTo(ALLOW);
    }

    @Test
    void thePageAndItsFilesStayOpenWhileTheApiBehindThemNeedsTheKey() {
        AccessPolicy protectedReads = AccessPolicy.of(Optional.of("s3cret-key"), true);
        for (String path : new String[] {"/", "/index.html", "/ui/app.js", "/ui/vendor/leaflet/leaflet.js"}) {
            assertThat(protectedReads.decide("GET", path, null, null, false)).as(path).isEqualTo(ALLOW);
        }
        assertThat(protectedReads.decide("GET", "/claims/stream", null, null, false)).isEqualTo(MISSING_KEY);
        assertThat(protectedReads.decide("GET", "/uix", null, null, false)).isEqualTo(MISSING_KEY);
        assertThat(protectedReads.decide("POST", "/", null, null, true)).isEqualTo(MISSING_KEY);
    }
}
