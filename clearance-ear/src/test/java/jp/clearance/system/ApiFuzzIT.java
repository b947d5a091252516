package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the server's OpenAPI document, sent malformed bodies ({@code {}, {@code []}, {@code null},
 * {@code "x"}, wrong-typed and unknown-enum fields, a 100 000-character string) and malformed path and query
 * parameters (letters for numbers, unknown enum values, bad dates), as the admin and as a plain employee: no answer
 * may be a 5xx. Path parameters never name a real record (letters or an id no record has), so nothing is changed.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {
    private static final String HUGE = "あ".repeat(100_000);
    private static final String NO_SUCH_ID = "987654321";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static JsonObject parse(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    /** The OpenAPI document as JSON, from the application's path or the server's. */
    private JsonObject openApi() throws IOException, InterruptedException {
        URI app = URI.create(base.toString().endsWith("/") ? base + "openapi" : base + "/openapi");
        for (URI uri : List.of(app, app.resolve("/openapi"), app.resolve("/openapi/"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().trim().startsWith("{")) {
                JsonObject doc = parse(r.body());
                if (doc.containsKey("paths") && doc.getJsonObject("paths").keySet().stream()
                        .anyMatch(p -> p.contains("evaluations"))) {
                    return doc;
                }
            }
        }
        throw new AssertionError("no OpenAPI document with the API's paths at " + app + " or /openapi");
    }

    /** A schema with its {@code $ref} followed. */
    private static JsonObject resolve(JsonObject doc, JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; s != null && s.containsKey("$ref") && i < 10; i++) {
            String ref = s.getString("$ref");
            JsonObject at = doc;
            for (String part : ref.substring(2).split("/")) {
                at = at == null ? null : at.getJsonObject(part);
            }
            s = at;
        }
        if (s != null && s.containsKey("allOf") && !s.getJsonArray("allOf").isEmpty()) {
            return resolve(doc, s.getJsonArray("allOf").getJsonObject(0));
        }
        return s;
    }

    /** A value of the wrong type for the schema. */
    private static String wrong(JsonObject s) {
        if (s == null) {
            return "{\"x\":[1]}";
        }
        if (s.containsKey("enum")) {
            return "\"NO_SUCH_VALUE\"";
        }
        String type = s.getString("type", "object");
        String format = s.getString("format", "");
        return switch (type) {
            case "integer", "number" -> "\"abc\"";
            case "boolean" -> "{\"b\":true}";
            case "array" -> "\"not-a-list\"";
            case "string" -> format.startsWith("date") ? "\"2026-13-45T99:99\"" : "{\"s\":\"x\"}";
            default -> "[1,2,3]";
        };
    }

    /** JSON bodies for an operation with a JSON request body of this schema. */
    private static Map<String, String> bodies(JsonObject doc, JsonObject schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated", "{");
        bodies.put("array", "[]");
        bodies.put("null", "null");
        bodies.put("string", "\"x\"");
        JsonObject s = resolve(doc, schema);
        JsonObject properties = s == null ? null : s.getJsonObject("properties");
        if (properties != null && !properties.isEmpty()) {
            List<String> wrong = new ArrayList<>();
            List<String> huge = new ArrayList<>();
            List<String> enums = new ArrayList<>();
            for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
                JsonObject ps = resolve(doc, p.getValue().asJsonObject());
                String name = "\"" + p.getKey() + "\":";
                wrong.add(name + wrong(ps));
                huge.add(name + (ps != null && "string".equals(ps.getString("type", "")) && !ps.containsKey("enum")
                        && !ps.getString("format", "").startsWith("date") ? "\"" + HUGE + "\"" : "null"));
                if (ps != null && ps.containsKey("enum")) {
                    enums.add(name + "\"NO_SUCH_VALUE\"");
                }
                if (ps != null && ps.getString("format", "").startsWith("date")) {
                    enums.add(name + "\"2026-02-30\"");
                }
            }
            bodies.put("wrong types", "{" + String.join(",", wrong) + "}");
            bodies.put("huge strings", "{" + String.join(",", huge) + "}");
            if (!enums.isEmpty()) {
                bodies.put("unknown enums and bad dates", "{" + String.join(",", enums) + "}");
            }
            bodies.put("null fields", "{" + String.join(",", properties.keySet().stream()
                    .map(k -> "\"" + k + "\":null").toList()) + "}");
        }
        return bodies;
    }

    private record Param(String name, String in, JsonObject schema) {
        String malformed() {
            if (schema == null) {
                return "%7B%7D";
            }
            if (schema.containsKey("enum")) {
                return "NO_SUCH_VALUE";
            }
            String type = schema.getString("type", "string");
            String format = schema.getString("format", "");
            return switch (type) {
                case "integer", "number" -> "abc";
                case "boolean" -> "maybe";
                case "array" -> "%00";
                default -> format.startsWith("date") ? "2026-13-45" : "%25%00%E2%80%AE" + "x".repeat(300);
            };
        }
    }

    private static List<Param> params(JsonObject doc, JsonObject pathItem, JsonObject op) {
        List<Param> params = new ArrayList<>();
        for (JsonObject holder : List.of(pathItem, op)) {
            if (holder.containsKey("parameters")) {
                for (JsonValue v : holder.getJsonArray("parameters")) {
                    JsonObject p = resolve(doc, v.asJsonObject());
                    if (p != null) {
                        JsonObject schema = p.containsKey("schema") ? resolve(doc, p.getJsonObject("schema")) : null;
                        params.add(new Param(p.getString("name"), p.getString("in", "query"), schema));
                    }
                }
            }
        }
        return params;
    }

    private record Call(String method, String path, String contentType, String body, String what) {
    }

    private int send(String user, Call c) throws InterruptedException {
        String relative = c.path().startsWith("/") ? c.path().substring(1) : c.path();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + relative)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json").header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        try {
            return http.send(b.method(c.method(), body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 599; // no answer at all (a timeout, a broken connection): as bad as a 5xx
        }
    }

    private static String fill(String template, Map<String, String> values, String fallback) {
        Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), fallback)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The calls for one operation: malformed parameters, then (with a harmless id) malformed bodies. */
    private static List<Call> calls(JsonObject doc, String prefix, String template, String method, JsonObject pathItem,
                                    JsonObject op, boolean full) {
        List<Call> calls = new ArrayList<>();
        List<Param> params = params(doc, pathItem, op);
        Map<String, String> malformedPath = new LinkedHashMap<>();
        StringBuilder badQuery = new StringBuilder();
        for (Param p : params) {
            if ("path".equals(p.in())) {
                malformedPath.put(p.name(), p.malformed());
            } else if ("query".equals(p.in())) {
                badQuery.append(badQuery.length() == 0 ? "?" : "&").append(p.name()).append('=').append(p.malformed());
            }
        }
        String harmless = fill(template, Map.of(), NO_SUCH_ID);
        JsonObject content = op.containsKey("requestBody") ? op.getJsonObject("requestBody").getJsonObject("content")
                : null;
        boolean json = content != null && content.containsKey("application/json");
        String type = json ? "application/json" : content != null && !content.isEmpty()
                ? content.keySet().iterator().next() : null;
        String emptyBody = json ? "{}" : content != null ? "" : null;
        if (!malformedPath.isEmpty()) {
            calls.add(new Call(method, prefix + fill(template, malformedPath, "abc"), type, emptyBody,
                    "malformed path parameters"));
        }
        if (badQuery.length() > 0) {
            calls.add(new Call(method, prefix + harmless + badQuery, type, emptyBody, "malformed query parameters"));
        }
        if (json && !"GET".equals(method)) {
            JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
            Map<String, String> bodies = bodies(doc, schema);
            for (Map.Entry<String, String> b : bodies.entrySet()) {
                if (full || Set.of("truncated", "wrong types").contains(b.getKey())) {
                    calls.add(new Call(method, prefix + harmless, "application/json", b.getValue(), b.getKey() + " body"));
                }
            }
        } else if (content != null && !"GET".equals(method) && full) {
            calls.add(new Call(method, prefix + harmless, type, HUGE, "huge " + type + " body"));
        }
        return calls;
    }

    @Test
    void noOperationAnswersMalformedInputWithA5xx() throws Exception {
        JsonObject doc = openApi();
        JsonObject paths = doc.getJsonObject("paths");
        Set<String> failures = new TreeSet<>();
        int requests = 0;
        int operations = 0;
        long started = System.nanoTime();
        for (String template : paths.keySet()) {
            JsonObject item = paths.getJsonObject(template);
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                operations++;
                JsonObject op = item.getJsonObject(method);
                for (String user : List.of("admin", "employee")) {
                    for (Call c : calls(doc, template.startsWith("/api/") ? "" : "api/", template.substring(1),
                            method.toUpperCase(), item, op, "admin".equals(user))) {
                        int status = send(user, c);
                        requests++;
                        if (status >= 500) {
                            failures.add(method.toUpperCase() + " " + template + " as " + user + ", " + c.what() + " ("
                                    + c.method() + " " + (c.path().length() > 160 ? c.path().substring(0, 160) + "…" : c.path()) + "): "
                                    + status);
                        }
                    }
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("ApiFuzzIT: " + operations + " operations, " + requests + " requests, " + seconds + " s");
        assertTrue(operations >= 50, "the document lists the API's operations: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " answers were 5xx:\n" + String.join("\n", failures));
    }
}
