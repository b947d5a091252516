package jp.clearance.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The converter of an autocomplete picker held by a view-scoped backing bean: it remembers every {@link Choice} the
 * view has offered (suggestions and the current value), so a submitted id turns back into its choice without asking
 * the database again. An id the view never offered is refused; the boundary checks the id in any case.
 */
public class Choices implements Converter<Choice>, Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<Long, Choice> offered = new HashMap<>();

    /** Remembers the choices and returns them, for a complete method. */
    public List<Choice> offer(List<Choice> choices) {
        choices.forEach(this::remember);
        return choices;
    }

    /** Remembers one choice (e.g. the current value of the form) and returns it; {@code null} stays {@code null}. */
    public Choice remember(Choice choice) {
        if (choice != null) {
            offered.put(choice.id(), choice);
        }
        return choice;
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Choice choice = offered.get(Long.valueOf(value.trim()));
            if (choice != null) {
                return choice;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ConverterException();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
