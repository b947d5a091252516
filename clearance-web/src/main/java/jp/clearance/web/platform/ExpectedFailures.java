package jp.clearance.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import jp.clearance.platform.AccessRefusedException;
import jp.clearance.platform.NotFoundException;

/**
 * The portal's answer to failures it expects, without a stack trace in the log (one line instead): while the database
 * is out of reach, the "temporarily unavailable" page (503 and Retry-After); a page view the EJB layer refuses (a
 * missing role, a record the caller may not see; a form sent without its page's CSP nonce, i.e. not by the page's own
 * script), the 403 or 404 page. An Ajax request is redirected to the page.
 * Any other failure goes on to PrimeFaces' handler, which logs it and shows the error page (faces-config.xml lists this
 * factory after PrimeFaces', so it wraps it).
 */
public class ExpectedFailures extends ExceptionHandlerFactory {
    private static final Logger LOG = Logger.getLogger(ExpectedFailures.class.getName());

    public ExpectedFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** The status of an expected failure, 0 for any other. */
    static int status(Throwable e) {
        if (Failures.databaseUnavailable(e)) {
            return 503;
        }
        Throwable cause = Failures.cause(e);
        if (cause instanceof EJBAccessException || cause instanceof AccessRefusedException) {
            return 403;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.primefaces.csp.CspException) {
                // a form sent without the page's nonce (PrimeFaces' CSP mode): not by the page's own script
                return 403;
            }
        }
        return cause instanceof NotFoundException ? 404 : 0;
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            int status = 0;
            Throwable first = null;
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                Throwable e = event.getContext().getException();
                int s = status(e);
                if (s == 0) {
                    getWrapped().handle();
                    return;
                }
                if (status == 0 || s == 503) {
                    status = s;
                    first = e;
                }
            }
            if (status == 0) {
                getWrapped().handle();
                return;
            }
            // One answer for the request: the other failures of the same cause are not reported one by one.
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            int answer = status;
            Throwable cause = Failures.cause(first);
            LOG.info(() -> "Portal request answered " + answer + ": " + external.getRequestServletPath() + " ("
                    + cause.getClass().getSimpleName() + ")");
            try {
                if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                    external.redirect(external.getRequestContextPath()
                            + (answer == 503 ? "/error/unavailable.xhtml" : "/error/" + answer + ".xhtml"));
                } else {
                    external.responseReset();
                    if (answer == 503) {
                        external.setResponseHeader("Retry-After", Integer.toString(RequestGuard.RETRY_AFTER_SECONDS));
                    }
                    external.responseSendError(answer, null);
                }
            } catch (IOException | IllegalStateException e) {
                // The response is gone (client closed, already committed): nothing more can be told.
            }
            faces.responseComplete();
        }
    }
}
