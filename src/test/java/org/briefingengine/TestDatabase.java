package org.briefingengine;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 database with the engine's schema, for tests of the stores. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A new database, named after {@code purpose} and unique to this call, with {@code db/schema.sql} applied. */
    public static JdbcTemplate withSchema(String purpose) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:" + purpose + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/schema.sql")).execute(data);
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
