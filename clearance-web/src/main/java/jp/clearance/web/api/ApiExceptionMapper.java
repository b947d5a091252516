package jp.clearance.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.web.platform.Failures;
import jp.clearance.web.platform.Messages;
import jp.clearance.web.platform.RequestGuard;

/** Turns failures of boundary calls into JSON errors with the right status; never a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException wae && !(wae.getCause() instanceof RuntimeException)) {
            Response r = wae.getResponse();
            return error(r.getStatus(), "http." + r.getStatus(), List.of());
        }
        Throwable cause = Failures.cause(exception);
        if (cause instanceof NotFoundException nf) {
            return error(404, "error." + nf.getKey(), List.of(), nf.getArgs());
        }
        if (cause instanceof BusinessException be) {
            int status = "concurrentEdit".equals(be.getKey()) ? 409 : 422;
            return error(status, "error." + be.getKey(), List.of(), be.getArgs());
        }
        if (cause instanceof EJBAccessException) {
            return error(403, "error.forbidden", List.of());
        }
        if (cause instanceof OptimisticLockException) {
            return error(409, "error.concurrentEdit", List.of());
        }
        if (cause instanceof ConstraintViolationException cve) {
            return error(422, "error.invalid", cve.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList());
        }
        if (Failures.databaseUnavailable(exception)) {
            LOG.warning(() -> "Database out of reach: " + exception);
            return Response.fromResponse(error(503, "http.503", List.of()))
                    .header("Retry-After", RequestGuard.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", exception);
        return error(500, "error.unexpected", List.of());
    }

    private Response error(int status, String key, List<String> violations, Object... args) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE
                : headers.getAcceptableLanguages().get(0);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(key, Messages.text(locale, key, args), violations)).build();
    }
}
