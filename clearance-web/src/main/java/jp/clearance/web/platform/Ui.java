package jp.clearance.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.clearance.platform.BusinessException;

/**
 * Runs a boundary call for a page and turns what can go wrong into a message in the user's language:
 * a refused business rule, a missing role, a concurrent edit, invalid input. Nothing is changed in those cases
 * (the boundary's transaction rolled back). Anything else is logged and shown as a generic failure.
 */
@ApplicationScoped
public class Ui {
    private static final Logger LOG = Logger.getLogger(Ui.class.getName());

    @Inject
    LocaleBacking localeBacking;

    /** Runs the call; on success shows the message with key {@code successKey} (if not null) and returns the result. */
    public <T> T attempt(Supplier<T> call, String successKey, Object... args) {
        try {
            T result = call.get();
            if (successKey != null) {
                info(successKey, args);
            }
            return result;
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    public boolean run(Runnable call, String successKey, Object... args) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, successKey, args) != null;
    }

    public void fail(RuntimeException e) {
        fail(null, e);
    }

    /**
     * Like {@link #attempt(Supplier, String, Object...)}, with the messages (success and failure) for the component
     * {@code clientId}, so that a form shows them next to itself ({@code p:messages for=...}) instead of at the top.
     */
    public <T> T attemptAt(String clientId, Supplier<T> call, String successKey, Object... args) {
        try {
            T result = call.get();
            if (successKey != null) {
                add(clientId, FacesMessage.SEVERITY_INFO, successKey, args);
            }
            return result;
        } catch (RuntimeException e) {
            fail(clientId, e);
            return null;
        }
    }

    /** A message in the user's language for the component {@code clientId} (null: a global message). */
    public void messageAt(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        add(clientId, severity, key, args);
    }

    public void fail(String clientId, RuntimeException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        Throwable cause = Failures.cause(e);
        if (cause instanceof BusinessException be) {
            for (BusinessException each : be.all()) {
                add(clientId, FacesMessage.SEVERITY_ERROR, "error." + each.getKey(), each.getArgs());
            }
        } else if (cause instanceof EJBAccessException) {
            add(clientId, FacesMessage.SEVERITY_ERROR, "error.forbidden");
        } else if (cause instanceof OptimisticLockException) {
            add(clientId, FacesMessage.SEVERITY_ERROR, "error.concurrentEdit");
        } else if (cause instanceof ConstraintViolationException cve) {
            for (String text : Violations.texts(localeBacking.getLocale(), cve.getConstraintViolations())) {
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure of a portal action", e);
            add(clientId, FacesMessage.SEVERITY_ERROR, "error.unexpected");
        }
        context.validationFailed();
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        add(null, severity, key, args);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, args), null));
    }

    /**
     * The text of a bundle key in the user's language, with arguments filled in. The language comes from
     * {@link LocaleBacking}, not from the view root: during a view action the view root still has the browser's
     * locale, because the template's {@code f:view locale} is applied only when the whole view is built.
     */
    /** The user's language. */
    public java.util.Locale locale() {
        return localeBacking.getLocale();
    }

    public String text(String key, Object... args) {
        return Messages.text(localeBacking.getLocale(), key, args);
    }

    /** Keeps messages across a redirect. */
    public void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
