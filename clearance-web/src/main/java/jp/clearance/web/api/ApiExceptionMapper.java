package jp.clearance.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.TooLargeException;
import jp.clearance.web.platform.Failures;
import jp.clearance.web.platform.Messages;
import jp.clearance.web.platform.RequestGuard;

/**
 * Turns failures of API calls into JSON errors ({@link ApiError}) with the right status, in the caller's language.
 * Bad input (malformed JSON, wrong types, unknown enum values, bad parameters: {@link ApiInputException}, and what
 * Jersey and JSON-B throw for it) is 400, a body over its limit 413, a business refusal 422: expected failures,
 * logged in one line at FINE at most. Only an unexpected failure is a 500 logged with its stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        Throwable input = inputFailure(exception);
        if (input != null) {
            return input(input);
        }
        if (exception instanceof WebApplicationException wae && !(wae.getCause() instanceof RuntimeException)) {
            Response r = wae.getResponse();
            return expected(exception, r.getStatus(), "http." + r.getStatus(), List.of());
        }
        Throwable cause = Failures.cause(exception);
        if (cause instanceof NotFoundException nf) {
            return expected(exception, 404, "error." + nf.getKey(), List.of(), nf.getArgs());
        }
        if (cause instanceof TooLargeException tl) {
            return expected(exception, 413, "error." + tl.getKey(), List.of(), tl.getArgs());
        }
        if (cause instanceof jp.clearance.platform.UnsupportedFileException uf) {
            return expected(exception, 415, "error." + uf.getKey(), List.of(), uf.getArgs());
        }
        if (cause instanceof BusinessException be) {
            int status = "concurrentEdit".equals(be.getKey()) ? 409 : 422;
            // Several rules broken at once (a prison term and a fine both above their maxima): each is a violation.
            List<String> all = be.all().size() < 2 ? List.of() : be.all().stream()
                    .map(b -> Messages.text(locale(), "error." + b.getKey(), b.getArgs())).toList();
            return expected(exception, status, "error." + be.getKey(), all, be.getArgs());
        }
        if (cause instanceof EJBAccessException) {
            return expected(exception, 403, "error.forbidden", List.of());
        }
        if (cause instanceof OptimisticLockException) {
            return expected(exception, 409, "error.concurrentEdit", List.of());
        }
        if (cause instanceof ConstraintViolationException cve) {
            return expected(exception, 422, "error.invalid", jp.clearance.web.platform.Violations.apiTexts(locale(),
                    cve.getConstraintViolations()));
        }
        if (Failures.databaseUnavailable(exception)) {
            LOG.warning(() -> "Database out of reach: " + exception);
            return Response.fromResponse(error(503, "http.503", List.of()))
                    .header("Retry-After", RequestGuard.RETRY_AFTER_SECONDS).build();
        }
        if (exception instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return expected(exception, wae.getResponse().getStatus(), "http." + wae.getResponse().getStatus(), List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", exception);
        return error(500, "error.unexpected", List.of());
    }

    /**
     * The bad input behind {@code e}, if that is what it is: ours, a parameter Jersey could not convert (its
     * {@code ParamException}, found by its {@code getParameterName}), or JSON that JSON-B or JSON-P refused.
     */
    private static Throwable inputFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiInputException || parameterName(t) != null || t instanceof JsonbException
                    || t instanceof JsonException || t instanceof NoContentException) {
                return t;
            }
            if (t instanceof BusinessException || t instanceof jakarta.ejb.EJBException) {
                return null;
            }
        }
        return null;
    }

    private Response input(Throwable t) {
        if (t instanceof ApiInputException ie) {
            ApiInputException.Problem first = ie.problems().get(0);
            Locale locale = locale();
            List<String> violations = ie.problems().stream()
                    .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ")
                            + Messages.text(locale, "error." + p.key(), p.args())).toList();
            LOG.fine(() -> "Bad API input: " + first.key() + " " + first.field());
            return error(ie.status(), "error." + first.key(), violations, first.args());
        }
        String parameter = parameterName(t);
        if (parameter != null) {
            LOG.fine(() -> "Bad API parameter: " + parameter);
            return error(400, "error.input.param", List.of(parameter), parameter);
        }
        if (t instanceof NoContentException) {
            LOG.fine("API call without a body");
            return error(400, "error.input.bodyMissing", List.of());
        }
        LOG.fine(() -> "Malformed API input: " + t.getClass().getSimpleName());
        return error(400, "error.input.shape", List.of());
    }

    /** The parameter a Jersey {@code ParamException} names, or null for any other failure. */
    private static String parameterName(Throwable t) {
        if (!(t instanceof WebApplicationException)) {
            return null;
        }
        try {
            Object name = t.getClass().getMethod("getParameterName").invoke(t);
            return name instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private Response expected(Exception e, int status, String key, List<String> violations, Object... args) {
        LOG.fine(() -> "API call refused: " + status + " " + key + " (" + e.getClass().getSimpleName() + ")");
        return error(status, key, violations, args);
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE
                : headers.getAcceptableLanguages().get(0);
    }

    private Response error(int status, String key, List<String> violations, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(key, Messages.text(locale(), key, args), violations)).build();
    }
}
