package org.smartdunning.store;

/** The SQL databases the store runs on, detected from the JDBC URL. */
public enum Dialect {
    DUCKDB("duckdb"),
    POSTGRESQL("postgresql");

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** Name used in {@code db/migration/{vendor}} and in JDBC URLs. */
    public String vendor() {
        return vendor;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null) {
            for (Dialect dialect : values()) {
                if (jdbcUrl.startsWith("jdbc:" + dialect.vendor + ":")) {
                    return dialect;
                }
            }
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:duckdb:FILE (embedded, default jdbc:duckdb:dunning.duckdb) or jdbc:postgresql://HOST:PORT/DB");
    }
}
