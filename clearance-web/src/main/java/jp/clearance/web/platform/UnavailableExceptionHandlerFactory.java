package jp.clearance.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * While the database is out of reach, a portal page answers with the "temporarily unavailable" page (503 and
 * Retry-After; an Ajax request is redirected to it) instead of the generic error page. Every other failure goes on
 * to PrimeFaces' handler (faces-config.xml lists this factory after PrimeFaces', so it wraps it).
 */
public class UnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    public UnavailableExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            boolean unavailable = false;
            while (events.hasNext()) {
                if (Failures.databaseUnavailable(events.next().getContext().getException())) {
                    unavailable = true;
                    break;
                }
            }
            if (!unavailable) {
                getWrapped().handle();
                return;
            }
            // One answer for the request: the other failures of the same outage are not reported one by one.
            events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                    external.redirect(external.getRequestContextPath() + "/error/unavailable.xhtml");
                } else {
                    external.responseReset();
                    external.setResponseHeader("Retry-After", Integer.toString(RequestGuard.RETRY_AFTER_SECONDS));
                    external.responseSendError(503, null);
                }
            } catch (IOException | IllegalStateException e) {
                // The response is gone (client closed, already committed): nothing more can be told.
            }
            faces.responseComplete();
        }
    }
}
