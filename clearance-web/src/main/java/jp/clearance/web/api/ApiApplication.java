package jp.clearance.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api}: JSON, HTTP Basic authentication against the same accounts as the portal,
 * the same boundaries (and so the same roles and rules) as the portal. Errors come as {@link ApiError} in
 * the language of {@code Accept-Language} (Japanese by default).
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
