package jp.clearance.web.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Bean Validation's findings in the reader's language: the field by its label ({@code field.<name>} in the portal's
 * bundles; the property or parameter name only when the bundle has no label for it) and the message interpolated again
 * in the reader's locale (the EJB container interpolated it in the server's default locale). For example
 * {@code latinName: Enter this in Latin letters (A-Z)} reads 氏名（ローマ字）: ローマ字（A〜Z）で入力してください.
 */
public final class Violations {
    private static volatile MessageInterpolator interpolator;

    private Violations() {
    }

    /** For the portal: each finding as "label: message". */
    public static List<String> texts(Locale locale, Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> text(locale, v, false)).sorted().toList();
    }

    /** For the API: "label (name): message", so that a program still finds the field by its name. */
    public static List<String> apiTexts(Locale locale, Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> text(locale, v, true)).sorted().toList();
    }

    static String text(Locale locale, ConstraintViolation<?> v, boolean withName) {
        Locale reader = Messages.supported(locale);
        String name = name(v.getPropertyPath());
        String label = label(reader, name, v.getPropertyPath());
        return (withName && name != null && !name.equals(label) ? label + " (" + name + ")" : label) + ": "
                + message(reader, v);
    }

    /** The name of the violated field: the last named node of the path (a property or a parameter). */
    static String name(Path path) {
        String name = null;
        for (Path.Node n : path) {
            if (n.getName() != null && n.getKind() != jakarta.validation.ElementKind.METHOD
                    && n.getKind() != jakarta.validation.ElementKind.CONSTRUCTOR) {
                name = n.getName();
            }
        }
        return name;
    }

    /** The label of the violated field in the reader's language. */
    static String label(Locale reader, String name, Path path) {
        if (name == null) {
            return path.toString();
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, reader, Messages.class.getClassLoader());
        return bundle.containsKey("field." + name) ? bundle.getString("field." + name) : name;
    }

    private static String message(Locale reader, ConstraintViolation<?> v) {
        try {
            return interpolator().interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    if (type.isInstance(this)) {
                        return type.cast(this);
                    }
                    throw new ValidationException("Cannot unwrap to " + type);
                }
            }, reader);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }

    private static MessageInterpolator interpolator() {
        MessageInterpolator i = interpolator;
        if (i == null) {
            i = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
            interpolator = i;
        }
        return i;
    }
}
