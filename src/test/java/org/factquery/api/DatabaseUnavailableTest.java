package org.factquery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unavailable, retry" (a 503) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedPoolIsUnavailableAsTheRealPoolReportsIt() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(cp -> cp.maxSize(1).acquisitionTimeout(Duration.ofMillis(200))
                                .connectionFactoryConfiguration(cf -> cf
                                        .jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                                        .principal(new NamePrincipal("postgres")))));
                Connection held = pool.getConnection()) {
            Throwable exhausted = catchThrowable(pool::getConnection);
            assertThat(exhausted).isInstanceOf(SQLException.class);
            assertThat(DatabaseUnavailable.causedBy(new RuntimeException("wrapped", exhausted))).isTrue();
            assertThat(held.isValid(1)).isTrue();
        }
    }

    @Test
    void connectionStatesAndTransportFailuresAreUnavailableOthersAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement", "57014"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("io", null, new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IOException("no database involved"))).isFalse();
    }
}
