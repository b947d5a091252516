package jp.clearance.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes an API error body ({@code {key, message, violations}}, the shape of {@code web.api.ApiError}) where no
 * JAX-RS mapper is at work yet: in the authentication mechanism and the request guard.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String key, Object... args) {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String message = Messages.text(request.getLocale(), key, args).replace("\\", "").replace("\"", "'");
        try {
            response.getWriter().write("{\"key\":\"" + key + "\",\"message\":\"" + message + "\",\"violations\":[]}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
