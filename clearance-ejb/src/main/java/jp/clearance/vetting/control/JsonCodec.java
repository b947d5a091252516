package jp.clearance.vetting.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of questionnaire sections ({@code {"entries":[{..}]}}, with {@code "gapExplanations":{key: text}} in
 * the employment section) and of maps of findings or checklists.
 */
public final class JsonCodec {
    private static final String GAP_EXPLANATIONS = "gapExplanations";

    private JsonCodec() {
    }

    public static String entries(List<Map<String, String>> entries) {
        return entries(entries, Map.of());
    }

    /** A section's entries and the explanations of its employment gaps (left out when there are none). */
    public static String entries(List<Map<String, String>> entries, Map<String, String> gapExplanations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Map<String, String> e : entries) {
            array.add(object(e));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("entries", array);
        if (gapExplanations != null && gapExplanations.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
            b.add(GAP_EXPLANATIONS, object(gapExplanations));
        }
        return b.build().toString();
    }

    /** The explanations of the employment gaps saved with a section (by gap key), empty when there are none. */
    public static Map<String, String> gapExplanations(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject().getJsonObject(GAP_EXPLANATIONS);
            return o == null ? new LinkedHashMap<>() : map(o);
        }
    }

    public static List<Map<String, String>> entries(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            for (JsonValue v : r.readObject().getJsonArray("entries")) {
                out.add(map(v.asJsonObject()));
            }
        }
        return out;
    }

    public static String map(Map<String, ?> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v != null) {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    public static Map<String, String> map(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return map(r.readObject());
        }
    }

    private static JsonObjectBuilder object(Map<String, String> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.add(k, v.trim());
            }
        });
        return b;
    }

    private static Map<String, String> map(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, switch (v.getValueType()) {
            case STRING -> o.getString(k);
            case TRUE -> "true";
            case FALSE -> "false";
            default -> v.toString();
        }));
        return m;
    }
}
