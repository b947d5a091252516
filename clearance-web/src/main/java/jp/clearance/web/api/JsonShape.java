package jp.clearance.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says why a well-formed JSON body does not fit the type an operation binds it to: the first problems found by
 * walking the value along the type (records by their components, other classes by their fields, lists, sets, maps
 * and arrays by their element type), each naming the field by its path ({@code designationIds[2]},
 * {@code findings.scope}), and for an enum the values allowed. Asked only after JSON-B has refused the body, so it
 * never refuses what JSON-B takes.
 */
final class JsonShape {
    private static final int MAX_PROBLEMS = 10;
    private static final int MAX_DEPTH = 12;

    private JsonShape() {
    }

    static List<ApiInputException.Problem> problems(JsonValue value, Type type) {
        List<ApiInputException.Problem> out = new ArrayList<>();
        check(value, type, "", out, 0);
        return out;
    }

    /** A value quoted in a message, shortened so that a 100 000-character text does not come back whole. */
    static String shown(String value) {
        String v = value.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** The values of an enum, as a message lists them. */
    static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static void check(JsonValue v, Type type, String path, List<ApiInputException.Problem> out, int depth) {
        if (out.size() >= MAX_PROBLEMS || depth > MAX_DEPTH || type == null) {
            return;
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "" : path;
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                out.add(new ApiInputException.Problem(field, kindKey(raw), label(field)));
            }
            return;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class || raw == CharSequence.class) {
            if (!(v instanceof JsonString) && !(v instanceof JsonNumber)) {
                out.add(new ApiInputException.Problem(field, "input.text", label(field)));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            boolean ok = v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE
                    || v instanceof JsonString s && ("true".equals(s.getString()) || "false".equals(s.getString()));
            if (!ok) {
                out.add(new ApiInputException.Problem(field, "input.boolean", label(field)));
            }
        } else if (number(raw)) {
            if (!fitsNumber(v, raw)) {
                out.add(new ApiInputException.Problem(field, "input.number", label(field)));
            }
        } else if (raw.isEnum()) {
            String text = v instanceof JsonString s ? s.getString() : v.toString();
            boolean known = v instanceof JsonString && Arrays.stream(raw.getEnumConstants())
                    .anyMatch(c -> ((Enum<?>) c).name().equals(text));
            if (!known) {
                out.add(new ApiInputException.Problem(field, "input.enum", label(field), shown(text), allowed(raw)));
            }
        } else if (temporal(raw)) {
            String text = v instanceof JsonString s ? s.getString() : v.toString();
            if (!(v instanceof JsonString) || !parses(text, raw)) {
                out.add(new ApiInputException.Problem(field, raw == LocalDate.class ? "input.date" : "input.dateTime",
                        label(field), shown(text)));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                out.add(new ApiInputException.Problem(field, "input.list", label(field)));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            int i = 0;
            for (JsonValue e : v.asJsonArray()) {
                check(e, element, path + "[" + i++ + "]", out, depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                out.add(new ApiInputException.Problem(field, "input.object", label(field)));
                return;
            }
            Type valueType = argument(type, 1);
            for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
                check(e.getValue(), valueType, join(path, e.getKey()), out, depth + 1);
            }
        } else if (raw.getName().startsWith("java.")) {
            return; // another JDK type: leave it to JSON-B
        } else {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                out.add(new ApiInputException.Problem(field, path.isEmpty() ? "input.notObject" : "input.object",
                        label(field)));
                return;
            }
            JsonObject o = v.asJsonObject();
            if (raw.isRecord()) {
                for (RecordComponent c : raw.getRecordComponents()) {
                    String name = propertyName(c.getName(), c.getAccessor().getAnnotation(JsonbProperty.class));
                    if (o.containsKey(name)) {
                        check(o.get(name), c.getGenericType(), join(path, name), out, depth + 1);
                    }
                }
            } else {
                for (Class<?> k = raw; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                                || f.isAnnotationPresent(JsonbTransient.class)) {
                            continue;
                        }
                        String name = propertyName(f.getName(), f.getAnnotation(JsonbProperty.class));
                        if (o.containsKey(name)) {
                            check(o.get(name), f.getGenericType(), join(path, name), out, depth + 1);
                        }
                    }
                }
            }
        }
    }

    private static String propertyName(String name, JsonbProperty property) {
        return property == null || property.value().isEmpty() ? name : property.value();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The name shown for the body itself. */
    private static String label(String field) {
        return field.isEmpty() ? "(body)" : field;
    }

    private static String kindKey(Class<?> primitive) {
        return primitive == boolean.class ? "input.boolean" : "input.number";
    }

    private static boolean number(Class<?> raw) {
        return raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == double.class
                || raw == float.class || Number.class.isAssignableFrom(raw);
    }

    private static boolean fitsNumber(JsonValue v, Class<?> raw) {
        BigDecimal d;
        try {
            if (v instanceof JsonNumber n) {
                d = n.bigDecimalValue();
            } else if (v instanceof JsonString s) {
                d = new BigDecimal(s.getString().trim());
            } else {
                return false;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class) {
            return true;
        }
        BigInteger i;
        try {
            i = d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return false;
        }
        long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                : raw == short.class || raw == Short.class ? Short.MIN_VALUE
                : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
        long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                : raw == short.class || raw == Short.class ? Short.MAX_VALUE
                : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        return raw == BigInteger.class
                || i.compareTo(BigInteger.valueOf(min)) >= 0 && i.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static boolean temporal(Class<?> raw) {
        return raw == LocalDate.class || raw == LocalDateTime.class || raw == LocalTime.class
                || raw == OffsetDateTime.class || raw == java.time.Instant.class || raw == java.time.ZonedDateTime.class;
    }

    private static boolean parses(String text, Class<?> raw) {
        try {
            if (raw == LocalDate.class) {
                LocalDate.parse(text);
            } else if (raw == LocalDateTime.class) {
                LocalDateTime.parse(text);
            } else if (raw == LocalTime.class) {
                LocalTime.parse(text);
            } else if (raw == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else if (raw == java.time.Instant.class) {
                java.time.Instant.parse(text);
            } else {
                java.time.ZonedDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
