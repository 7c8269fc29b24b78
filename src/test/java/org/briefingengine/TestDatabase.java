package org.briefingengine;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A fresh in-memory H2 database with the engine's schema, for tests of the stores. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Where the engine's migrations are, as {@code spring.flyway.locations} names them for H2. */
    public static final String[] MIGRATIONS = {"classpath:db/batch/h2", "classpath:db/migration"};

    /** A new database, named after {@code purpose} and unique to this call, migrated to the engine's schema. */
    public static JdbcTemplate withSchema(String purpose) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:" + purpose + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(data).locations(MIGRATIONS).load().migrate();
        return new JdbcTemplate(data);
    }

    /** H2's plan for {@code sql} with these parameters (a {@link LocalDate} is passed as an SQL date). */
    public static String plan(JdbcTemplate jdbc, String sql, Object... params) {
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = params[i] instanceof LocalDate d ? Date.valueOf(d) : params[i];
        }
        return jdbc.queryForObject("EXPLAIN " + sql, String.class, args);
    }

    /** H2's plan for {@code sql} with named parameters (a {@link LocalDate} is passed as an SQL date). */
    public static String plan(JdbcTemplate jdbc, String sql, Map<String, ?> params) {
        Map<String, Object> args = new HashMap<>();
        params.forEach((name, value) -> args.put(name, value instanceof LocalDate d ? Date.valueOf(d) : value));
        return new NamedParameterJdbcTemplate(jdbc).queryForObject("EXPLAIN " + sql, args, String.class);
    }
}
