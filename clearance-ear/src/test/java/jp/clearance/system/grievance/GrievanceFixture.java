package jp.clearance.system.grievance;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import jp.clearance.system.Api;

/** Shared steps of the grievance tests: demo organizations, lodging named and anonymous complaints. */
final class GrievanceFixture {
    private GrievanceFixture() {
    }

    static long orgId(URL base, String code) {
        JsonObject page = Api.as(base, "admin").get("organizations?text=" + code).json();
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static String lodging(String type, String ground, long employerId, Long organId, String description) {
        return "{\"type\":\"" + type + "\"" + (ground == null ? "" : ",\"ground\":\"" + ground + "\"")
                + ",\"employerId\":" + employerId + (organId == null ? "" : ",\"organId\":" + organId)
                + ",\"occurredOn\":\"2026-01-15\",\"decidedBy\":\"人事課長\",\"description\":\"" + description + "\"}";
    }

    /** Lodges a named complaint as the demo employee; returns the complainant's view. */
    static JsonObject lodgeNamed(URL base, String type, String ground, String description) {
        Api.Response r = Api.as(base, "employee").post("grievances",
                lodging(type, ground, orgId(base, "METI"), null, description));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json();
    }

    /** Lodges an anonymous complaint; returns the receipt (code, ackDue, decisionDue). */
    static JsonObject lodgeAnonymous(Api api, URL base, String description) {
        Api.Response r = api.post("public/grievances",
                lodging("DEMOTION", "REFUSED_CONSENT", orgId(base, "TOWA-HI"), null, description));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json();
    }

    /** JSON-B leaves null fields out: absent or null. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static String step(long version, String message) {
        return "{\"version\":" + version + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}";
    }

    static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    static void shiftClock(URL base, long days) {
        Api.Response r = Api.as(base, "admin").put("clock?offsetDays=" + days, "{}");
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
    }

    /** An answer with a binary body (a download) or a JSON one (an upload, an error). */
    record Binary(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(text()))) {
                return r.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /**
     * Sends a request with a binary body (POST) or none (GET when {@code content} is null); {@code user} null for
     * no login; extra headers as name, value pairs.
     */
    static Binary binary(URL base, String user, String path, byte[] content, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Accept-Language", "ja");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b = content == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofByteArray(content));
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String fileName(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
