package jp.clearance.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway scripts in {@code db/migration} (portable SQL) and
 * {@code db/vendor/<database>} (the few database-specific ones, e.g. PostgreSQL pattern indexes) when the
 * application is deployed,
 * before anything else touches the database (other startup beans depend on this one).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/clearance")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Flyway itself does not expand a "{vendor}" placeholder (that is Spring Boot's): the folder is chosen here
        // from the database the data source connects to. Out of order: a database migrated before the vendor
        // scripts were found applies them now rather than refusing to start.
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Flyway: " + result.migrationsExecuted + " migration(s) applied, schema now at "
                + result.targetSchemaVersion + " (" + result.database + ")");
    }

    /** The folder of the database-specific scripts: {@code postgresql} or {@code h2}. */
    String vendor() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read which database jdbc/clearance is", e);
        }
    }
}
