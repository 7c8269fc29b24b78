package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.briefingengine.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A new database is migrated; one made before migrations (release 0.1) is taken as version 1 as it is. */
class SchemaMigrationTest {

    @Test
    void theEngineTakesADatabaseOfTheReleaseBeforeMigrationsAsVersionOne() throws IOException {
        JdbcDataSource data = database("release-0.1");
        // Release 0.1 made every table itself, without a migration history: the same tables as version 1.
        new ResourceDatabasePopulator(new ClassPathResource("db/batch/h2/V0_1__spring_batch_job_repository.sql"),
                new ClassPathResource("db/migration/V1__briefing_engine_schema.sql")).execute(data);
        new JdbcTemplate(data).update("INSERT INTO BE_STATE (NAME, VAL) VALUES ('duplicates', 'marked')");

        Flyway flyway = engineFlyway(data);
        flyway.migrate();

        List<MigrationInfo> applied = List.of(flyway.info().applied());
        assertThat(applied).extracting(m -> m.getVersion().getVersion(), MigrationInfo::getState)
                .containsExactly(tuple("1", MigrationState.BASELINE));
        assertThat(new JdbcTemplate(data).queryForObject("SELECT VAL FROM BE_STATE", String.class)).isEqualTo("marked");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void aNewDatabaseRunsTheJobRepositoryAndTheEngineMigrations() throws IOException {
        JdbcDataSource data = database("new");

        Flyway flyway = engineFlyway(data);
        flyway.migrate();

        assertThat(List.of(flyway.info().applied())).extracting(m -> m.getVersion().getVersion())
                .containsExactly("0.1", "1");
        assertThat(new JdbcTemplate(data).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isZero();
        assertThat(new JdbcTemplate(data).queryForObject("SELECT COUNT(*) FROM BE_DOCUMENT", Integer.class)).isZero();
    }

    /** Flyway as application.properties configures it for H2. */
    private static Flyway engineFlyway(JdbcDataSource data) throws IOException {
        Properties app = new Properties();
        try (InputStream in = new ClassPathResource("application.properties").getInputStream()) {
            app.load(in);
        }
        assertThat(app.getProperty("spring.flyway.locations").replace("{vendor}", "h2").split(","))
                .containsExactly(TestDatabase.MIGRATIONS);
        return Flyway.configure().dataSource(data).locations(TestDatabase.MIGRATIONS)
                .baselineOnMigrate(Boolean.parseBoolean(app.getProperty("spring.flyway.baseline-on-migrate")))
                .baselineVersion(app.getProperty("spring.flyway.baseline-version"))
                .load();
    }

    private static JdbcDataSource database(String purpose) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:" + purpose + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return data;
    }
}
