package jp.clearance.web.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Path, query and header parameters of the API that are numbers, enum values or ISO dates ({@code 2025-05-16}):
 * a value that is none of these is a 400 naming the parameter (and for an enum the values allowed), never the 404
 * or 500 that the default conversion gives; an empty value is no value. Jersey has no converter for {@link LocalDate}
 * and refuses to deploy a resource that asks for one without this.
 * <p>
 * A primitive parameter without {@code @DefaultValue} is left to Jersey (which gives 0 when it is absent): a
 * converter here would be asked for nothing and hand the method a null.
 */
@Provider
public class ApiParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isPrimitive() && !has(annotations, DefaultValue.class) && !has(annotations, PathParam.class)) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "input.date", LocalDate::parse, true);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "input.number", s -> Long.valueOf(s.trim()), false);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "input.number", s -> Integer.valueOf(s.trim()), false);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new ParamConverter<Enum>() {
                @Override
                public Enum fromString(String value) {
                    if (value == null || value.isBlank()) {
                        return null;
                    }
                    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.trim()))
                            .findFirst().orElseThrow(() -> new ApiInputException(name, "input.enum", name,
                                    JsonShape.shown(value), JsonShape.allowed(type)));
                }

                @Override
                public String toString(Enum value) {
                    return value == null ? null : value.name();
                }
            };
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, String key, Function<String, V> parse,
                                                   boolean showValue) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw showValue ? new ApiInputException(name, key, name, JsonShape.shown(value))
                            : new ApiInputException(name, key, name);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        return annotations != null && Arrays.stream(annotations).anyMatch(type::isInstance);
    }

    /** The parameter's name, or null when it is not a named parameter (an entity, a bean). */
    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }
}
