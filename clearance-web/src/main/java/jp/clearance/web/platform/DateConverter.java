package jp.clearance.web.platform;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.clearance.platform.time.Dates;

/**
 * The portal's one date converter ({@code clearance.date}; also the converter of every {@code LocalDate} and
 * {@code LocalDateTime} shown, see faces-config.xml): writes and reads dates as {@link Dates} does, yyyy/MM/dd in
 * Japanese, yyyy-MM-dd in English, reading 1980/04/01, 1980-04-01 and 19800401.
 * <p>
 * Bound to a {@code LocalDate}, text that is not a date is refused with a message in the user's language naming the
 * field (what was typed stays in the field). Bound to text (the questionnaire's answers, checked by the EJB rules), a
 * date is passed on as its ISO day and anything else as typed, so that nothing typed is lost and the rules explain it.
 */
@FacesConverter("clearance.date")
public class DateConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!typedAsDate(context, component)) {
            return Dates.normalize(value);
        }
        return Dates.parse(value).orElseThrow(() -> {
            Locale locale = locale(context);
            Object label = component == null ? null : component.getAttributes().get("label");
            String text = label == null || label.toString().isBlank()
                    ? Messages.text(locale, "common.date.invalid", value.strip())
                    : Messages.text(locale, "common.date.invalidField", label.toString(), value.strip());
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return Dates.format(value, locale(context));
        }
        String text = value.toString();
        return Dates.isIso(text) ? Dates.format(LocalDate.parse(text), locale(context)) : text;
    }

    /** Whether the field's value is a {@code LocalDate} (rather than text, or unknown: text is kept as typed). */
    private static boolean typedAsDate(FacesContext context, UIComponent component) {
        ValueExpression ve = component == null ? null : component.getValueExpression("value");
        if (ve == null) {
            return false;
        }
        try {
            Class<?> type = ve.getType(context.getELContext());
            return type != null && LocalDate.class.isAssignableFrom(type);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Locale locale(FacesContext context) {
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.JAPANESE;
    }
}
