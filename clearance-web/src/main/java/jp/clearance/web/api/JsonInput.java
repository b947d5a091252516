package jp.clearance.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;

/**
 * Every JSON request body passes here before JSON-B binds it: the body is read up to {@link #MAX_BYTES} (more is
 * 413), must be well-formed JSON (else 400 {@code input.malformed}) and not {@code null} (400
 * {@code input.bodyMissing}). When JSON-B then refuses it, {@link JsonShape} tells which field has the wrong type, an
 * unknown enum value or a bad date, so the caller gets a 400 naming it instead of a 500.
 */
@Provider
public class JsonInput implements ReaderInterceptor {
    /** Largest JSON body taken (a 100 000-character text fits many times over). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || raw(context.getType())) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
        JsonValue value = parse(body);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new ApiInputException("", "input.bodyMissing");
        }
        String nul = nulAt(value, "");
        if (nul != null) {
            throw new ApiInputException(nul, "input.nul", nul.isEmpty() ? "(body)" : nul);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        Object result;
        try {
            result = context.proceed();
        } catch (JsonbException | ProcessingException | JsonException e) {
            throw refusal(value, context);
        } catch (WebApplicationException e) {
            if (e instanceof ApiInputException || !hasJsonCause(e)) {
                throw e;
            }
            throw refusal(value, context);
        }
        if (result == null) {
            throw new ApiInputException("", "input.bodyMissing");
        }
        return result;
    }

    /** The path of the first text (value or name) holding U+0000, which no column may store; null if none. */
    private static String nulAt(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING:
                return ((jakarta.json.JsonString) value).getString().indexOf(NulCharacters.NUL) >= 0 ? path : null;
            case ARRAY:
                int i = 0;
                for (JsonValue v : value.asJsonArray()) {
                    String at = nulAt(v, path + "[" + i++ + "]");
                    if (at != null) {
                        return at;
                    }
                }
                return null;
            case OBJECT:
                for (java.util.Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                    String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    if (e.getKey().indexOf(NulCharacters.NUL) >= 0) {
                        return path;
                    }
                    String at = nulAt(e.getValue(), name);
                    if (at != null) {
                        return at;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static ApiInputException refusal(JsonValue value, ReaderInterceptorContext context) {
        List<ApiInputException.Problem> problems = JsonShape.problems(value, context.getGenericType());
        return problems.isEmpty() ? new ApiInputException("", "input.shape") : new ApiInputException(400, problems);
    }

    private static boolean hasJsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** Bodies taken as they come (text, bytes, streams, JSON-P values): not bound by JSON-B, not checked here. */
    private static boolean raw(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > limit) {
                long skipped = 0;
                while (skipped <= RequestBodies.DRAIN_LIMIT && (n = in.read(buffer)) != -1) {
                    skipped += n; // thrown away, so that the client, still sending, sees the answer
                }
                throw new ApiInputException(413, List.of(new ApiInputException.Problem("", "input.tooLarge",
                        limit / 1024)));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The body as one JSON value; malformed JSON or anything after the value is a 400. Null for an empty body. */
    private static JsonValue parse(byte[] body) {
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new ApiInputException("", "input.malformed");
            }
            return value;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new ApiInputException("", "input.malformed");
        }
    }
}
