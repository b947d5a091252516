package jp.clearance.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.web.platform.AddressThrottle;
import jp.clearance.web.platform.Messages;

/**
 * Slows down the guessing of receipt codes on the anonymous API ({@link Guarded} operations): a client address, and
 * all addresses together, that tried too many wrong codes is answered 429 with Retry-After, without the code being
 * checked (see {@link AddressThrottle}).
 */
@Provider
@ReceiptCodeGuard.Guarded
@Priority(Priorities.AUTHENTICATION)
public class ReceiptCodeGuard implements ContainerRequestFilter, ContainerResponseFilter {

    /** Marks the operations that take a receipt code. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Guarded {
    }

    @Inject
    AddressThrottle throttle;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        long wait = throttle.blockedFor(AddressThrottle.RECEIPT_CODE, AddressThrottle.clientAddress(request));
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            Locale locale = context.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE
                    : context.getAcceptableLanguages().get(0);
            context.abortWith(Response.status(429).header("Retry-After", seconds)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError("http.429", Messages.text(locale, "http.429", seconds), List.of())).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext context, ContainerResponseContext response) {
        if (response.getEntity() instanceof ApiError error && error.key() != null && error.key().startsWith("error.")
                && AnonymousDesk.WRONG_CODE_KEYS.contains(error.key().substring("error.".length()))) {
            throttle.failed(AddressThrottle.RECEIPT_CODE, AddressThrottle.clientAddress(request));
        }
    }
}
