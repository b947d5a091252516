package jp.clearance.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code database} of {@code /health/ready}: UP when the application's database answers a trivial
 * query within {@link #TIMEOUT_SECONDS}, DOWN otherwise. The answer names the check and its state only, never the
 * error, the URL or the user (the health endpoint answers anyone, e.g. a load balancer).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/clearance")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            up = c.isValid(TIMEOUT_SECONDS) && s.execute("select 1");
        } catch (SQLException e) {
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
