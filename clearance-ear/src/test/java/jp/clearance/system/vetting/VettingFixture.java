package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import jp.clearance.system.Api;

/** Test data of the vetting tests: people with their own logins, and the steps of an evaluation through the API. */
final class VettingFixture {
    static final String SURVEY = "[\"SURVEY_HARMFUL_ACTIVITY\",\"SURVEY_CRIMINAL_DISCIPLINARY\",\"SURVEY_INFO_VIOLATION\","
            + "\"SURVEY_DRUGS\",\"SURVEY_MENTAL_HEALTH\",\"SURVEY_ALCOHOL\",\"SURVEY_FINANCES\"]";
    static final List<String> SURVEY_CODES = List.of("SURVEY_HARMFUL_ACTIVITY", "SURVEY_CRIMINAL_DISCIPLINARY",
            "SURVEY_INFO_VIOLATION", "SURVEY_DRUGS", "SURVEY_MENTAL_HEALTH", "SURVEY_ALCOHOL", "SURVEY_FINANCES");

    final URL base;

    VettingFixture(URL base) {
        this.base = base;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    long orgId(String code) {
        JsonObject orgs = Api.as(base, "admin").get("organizations?text=" + code).json();
        return orgs.getJsonArray("items").stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A new person employed by the organization, with staff number, and a login with the given roles. */
    Person person(String orgCode, String... roles) {
        return named(orgCode, "試験", roles);
    }

    /** A new person with this family name (e.g. unique, so a name search in the portal finds only them). */
    Person named(String orgCode, String familyName, String... roles) {
        String u = unique();
        long org = orgId(orgCode);
        Api.Response p = Api.as(base, "admin").post("people", "{\"familyName\":\"" + familyName + "\",\"givenName\":\"太郎" + u
                + "\",\"familyNameKana\":\"シケン\",\"givenNameKana\":\"タロウ\",\"latinName\":\"Taro Test\","
                + "\"dateOfBirth\":\"1985-05-05\",\"nationalities\":[\"JP\"],\"employerId\":" + org
                + ",\"staffNumber\":\"S-" + u + "\"}");
        assertEquals(201, p.status(), p.toString());
        long id = p.json().getJsonNumber("id").longValue();
        String username = "u" + u.toLowerCase();
        String roleJson = roles.length == 0 ? "[\"EMPLOYEE\"]" : "[\"" + String.join("\",\"", roles) + "\"]";
        Api.Response a = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username
                + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"organizationId\":" + org + ",\"personId\":" + id
                + ",\"roles\":" + roleJson + "}");
        assertEquals(201, a.status(), a.toString());
        return new Person(id, username, "S-" + u, orgCode, familyName + " 太郎" + u);
    }

    /** A login without a person (e.g. a second investigator or adjudicator). */
    String login(String orgCode, String... roles) {
        String username = "l" + unique().toLowerCase();
        Api.Response a = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"organizationId\":" + orgId(orgCode) + ",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}");
        assertEquals(201, a.status(), a.toString());
        return username;
    }

    record Person(long id, String username, String staffNumber, String orgCode, String name) {
    }

    long nominate(String officer, Person p) {
        Api.Response r = Api.as(base, officer).post("evaluations", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"サプライチェーン指定 2026-01\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long version(String user, long id) {
        return Api.as(base, user).get("evaluations/" + id).json().getJsonNumber("version").longValue();
    }

    String state(String user, long id) {
        return Api.as(base, user).get("evaluations/" + id).json().getString("state");
    }

    Api.Response act(String user, long id, String action, String extra) {
        return Api.as(base, user).post("evaluations/" + id + "/" + action, "{\"version\":" + version(user, id)
                + (extra == null ? "" : "," + extra) + "}");
    }

    void consent(Person p, long id) {
        int notice = Api.as(base, p.username()).get("evaluations/notice").json().getInt("version");
        Api.Response r = act(p.username(), id, "consent", "\"noticeVersion\":" + notice);
        assertEquals(200, r.status(), r.toString());
    }

    Api.Response save(Person p, long id, String code, String entries) {
        return Api.as(base, p.username()).put("evaluations/" + id + "/questionnaire/" + code,
                "{\"entries\":" + entries + "}");
    }

    static String employment(String today) {
        return "[{\"from\":\"2010-04-01\",\"to\":\"2018-03-31\",\"employer\":\"東和重工業\",\"position\":\"技師\"},"
                + "{\"from\":\"2018-04-01\",\"employer\":\"経済産業省\",\"position\":\"係長\"}]";
    }

    /** Fills in every section correctly. */
    void fillIn(Person p, long id) {
        assertEquals(200, save(p, id, "IDENTITY", "[{\"domicile\":\"東京都千代田区\",\"address\":\"東京都港区1-1\"}]").status());
        assertEquals(200, save(p, id, "NATIONALITY", "[{\"currentNationalities\":\"JP\"}]").status());
        assertEquals(200, save(p, id, "FAMILY", "[{\"relation\":\"SPOUSE\",\"name\":\"試験 花子\",\"dateOfBirth\":\"1987-02-02\","
                + "\"nationality\":\"JP\",\"address\":\"東京都港区1-1\"}]").status());
        assertEquals(200, save(p, id, "EMPLOYMENT", employment(null)).status());
        assertEquals(200, save(p, id, "TRAVEL", "[]").status());
        assertEquals(200, save(p, id, "ABROAD", "[{\"residenceAbroad\":\"なし\",\"foreignAccounts\":\"なし\"}]").status());
        answerNo(p, id, SURVEY_CODES);
    }

    /**
     * Answers "no" to every question of these survey sections, as the form (from the reference data) asks them: the
     * questions are read from the person's review of the questionnaire, not repeated here.
     */
    void answerNo(Person p, long id, List<String> codes) {
        Api.Response review = Api.as(base, p.username()).get("evaluations/" + id + "/review");
        assertEquals(200, review.status(), review.toString());
        for (String code : codes) {
            JsonObject section = review.array().stream().map(v -> v.asJsonObject())
                    .filter(v -> v.getJsonObject("section").getString("code").equals(code)).findFirst().orElseThrow()
                    .getJsonObject("section");
            String entry = section.getJsonArray("fields").stream().map(v -> v.asJsonObject())
                    .filter(f -> f.getString("type").equals("CHOICE"))
                    .map(f -> "\"" + f.getString("name") + "\":\"NO\"").collect(java.util.stream.Collectors.joining(","));
            Api.Response saved = save(p, id, code, "[{" + entry + "}]");
            assertEquals(200, saved.status(), saved.toString());
            assertTrue(saved.json().getBoolean("complete"), saved.toString());
        }
    }

    void submit(Person p, long id) {
        Api.Response r = act(p.username(), id, "submit", "\"declaration\":true");
        assertEquals(200, r.status(), r.toString());
    }

    String findings(String text) {
        StringBuilder b = new StringBuilder("{");
        for (String code : SURVEY_CODES) {
            b.append(b.length() > 1 ? "," : "").append('"').append(code).append("\":\"").append(text).append('"');
        }
        return b.append('}').toString();
    }

    static final String CHECKLIST = "{\"RECORD_CHECK\":true,\"INTERVIEW\":true,\"EMPLOYER_INQUIRY\":true,"
            + "\"PUBLIC_OFFICE_INQUIRY\":true}";

    /** Takes, works and reports the case as this investigator. */
    void investigate(String investigator, long id) {
        assertEquals(200, act(investigator, id, "take", null).status());
        Api.Response w = Api.as(base, investigator).put("evaluations/" + id + "/investigation", "{\"version\":"
                + version(investigator, id) + ",\"checklist\":" + CHECKLIST + ",\"findings\":" + findings("懸念なし") + "}");
        assertEquals(200, w.status(), w.toString());
        Api.Response r = act(investigator, id, "report", "\"report\":\"調査の結果、懸念は認められない。\"");
        assertEquals(200, r.status(), r.toString());
    }

    Api.Response decide(String adjudicator, long id, boolean favourable, String reasons) {
        return act(adjudicator, id, "decision", "\"favourable\":" + favourable + ",\"findings\":" + findings("問題なし")
                + ",\"reasons\":\"" + reasons + "\"");
    }

    /** From nomination to a favourable result, with the demo investigator and adjudicator (METI). */
    long favourable(Person p) {
        long id = nominate("officer", p);
        consent(p, id);
        fillIn(p, id);
        submit(p, id);
        investigate("investigator", id);
        Api.Response d = decide("adjudicator", id, true, "総合的に判断して漏えいのおそれはない。");
        assertEquals(200, d.status(), d.toString());
        return id;
    }

    List<JsonObject> array(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject()).toList();
        }
    }

    /** Posts a nomination list as text/csv. */
    Api.Response csv(String user, String language, String csv) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/evaluations/import"))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    (user + ":" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Content-Type", "text/csv; charset=UTF-8").header("Accept", "application/json")
                            .header("Accept-Language", language)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv,
                                    java.nio.charset.StandardCharsets.UTF_8)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonObject> audit(String entityType, long id) {
        return Api.as(base, "auditor").get("audit?entityType=" + entityType + "&entityId=" + id + "&size=200").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    // --- Portal pages (VettingPortalBrowserIT, EligibilityPortalIT): an organ of their own, external records ---------

    /**
     * An administrative organ of its own (unique code; names in both languages that do not contain the code), so its
     * lists hold only a test's data.
     */
    Organ organ() {
        String code = "T" + unique();
        String name = unique().toLowerCase();
        String nameJa = "試験省" + name;
        String nameEn = "Ministry of Tests " + name;
        Api.Response r = Api.as(base, "admin").post("organizations", "{\"code\":\"" + code + "\",\"kind\":\"ORGAN\","
                + "\"nameJa\":\"" + nameJa + "\",\"nameEn\":\"" + nameEn + "\",\"active\":true}");
        assertEquals(201, r.status(), r.toString());
        return new Organ(r.json().getJsonNumber("id").longValue(), code, nameJa, nameEn);
    }

    record Organ(long id, String code, String nameJa, String nameEn) {
    }

    /** An external eligibility record (CONFIDENTIAL, notified a year ago) decided by the organ; returns its id. */
    long external(Person p, long organId) {
        Api.Response r = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"CONFIDENTIAL\",\"organId\":" + organId + ",\"externalReference\":\"EXT-" + unique()
                + "\",\"notifiedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusYears(1) + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The eligibility record as the administrator lists it (status, version, ...). */
    JsonObject eligibility(long personId, long id) {
        return Api.as(base, "admin").get("eligibilities?personId=" + personId).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
    }

    // --- questionnaire autosave (QuestionnaireAutosaveBrowserIT) ---

    /**
     * A value of a saved questionnaire section as the server has it (the person's review through the API), or null
     * when the section, entry or field is not saved.
     */
    /** The explanations of the employment gaps saved (gap key to text), as the person's review reads them. */
    java.util.Map<String, String> gapExplanations(Person p, long id) {
        Api.Response r = Api.as(base, p.username()).get("evaluations/" + id + "/review");
        assertEquals(200, r.status(), r.toString());
        jakarta.json.JsonArray sections = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        sections.stream().map(v -> v.asJsonObject())
                .filter(s -> "EMPLOYMENT".equals(s.getJsonObject("section").getString("code")))
                .filter(s -> s.containsKey("gapExplanations") && !s.isNull("gapExplanations"))
                .forEach(s -> s.getJsonObject("gapExplanations").forEach((k, v) -> out.put(k, ((jakarta.json.JsonString) v).getString())));
        return out;
    }

    /** An employment history with a gap of 90 days after the first job, which ended on {@code gapStart}. */
    static String employmentWithGap(java.time.LocalDate gapStart) {
        return "[{\"from\":\"2010-04-01\",\"to\":\"" + gapStart + "\",\"employer\":\"東和重工業\"},"
                + "{\"from\":\"" + gapStart.plusDays(90) + "\",\"employer\":\"経済産業省\"}]";
    }

    String entry(Person p, long id, String code, int entry, String field) {
        Api.Response r = Api.as(base, p.username()).get("evaluations/" + id + "/review");
        assertEquals(200, r.status(), r.toString());
        jakarta.json.JsonArray sections = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
        return sections.stream().map(v -> v.asJsonObject())
                .filter(s -> code.equals(s.getJsonObject("section").getString("code")))
                .map(s -> s.getJsonArray("entries"))
                .filter(a -> a.size() > entry)
                .map(a -> a.getJsonObject(entry))
                .findFirst()
                .map(o -> o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null)
                .orElse(null);
    }

    // --- EvaluationTransitionsIT helpers (refused transitions) -----------------------------------------------------

    /** An action with the version given (stale on purpose, or read by someone else when the caller may not see it). */
    Api.Response actAt(String user, long id, String action, long version, String extra) {
        return Api.as(base, user).post("evaluations/" + id + "/" + action, "{\"version\":" + version
                + (extra == null ? "" : "," + extra) + "}");
    }

    /** Nominated by the demo officer (METI), consented, filled in and submitted. */
    long submitted(Person p) {
        long id = nominate("officer", p);
        consent(p, id);
        fillIn(p, id);
        submit(p, id);
        return id;
    }

    /** Submitted and investigated by the demo investigator: waiting for the METI adjudicator. */
    long reported(Person p) {
        long id = submitted(p);
        investigate("investigator", id);
        return id;
    }

    /** The details of the transfer records opened for an evaluation (audit trail, newest first). */
    List<String> transfers(long evaluationId) {
        return Api.as(base, "auditor").get("audit?entityType=TransferRecord&action=CREATE&size=200").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("detail"))
                .filter(d -> d.startsWith("evaluation=" + evaluationId + ";")).toList();
    }

    /** The eligibility record created by a favourable evaluation. */
    long eligibilityOf(Person p, long evaluationId) {
        return Api.as(base, p.username()).get("evaluations/" + evaluationId + "/result").json()
                .getJsonNumber("eligibilityId").longValue();
    }

    // --- conforming entities (issue 11): an organ nominates its own staff, or staff of an entity it certified ------

    /**
     * The organ of {@code officer} certifies the entity, in force today, with the need-to-know department of the demo
     * person of that family name (e.g. TOWA-HI 加藤: 先端技術研究所); returns the certification id.
     */
    long certify(String officer, String entityCode, String demoFamilyName) {
        long entity = orgId(entityCode);
        long demo = Api.as(base, "admin").get("people?employerId=" + entity + "&name="
                        + java.net.URLEncoder.encode(demoFamilyName, java.nio.charset.StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long section = Api.as(base, "admin").get("people/" + demo + "?purpose=test+fixture").json()
                .getJsonNumber("sectionId").longValue();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        Api.Response r = Api.as(base, officer).post("certifications", "{\"entityId\":" + entity
                + ",\"internalRules\":true,\"responsibleManager\":true,\"governance\":true,\"training\":true,"
                + "\"facilities\":true,\"evidence\":\"規程・体制図を確認\",\"contractReference\":\"C-" + unique()
                + "\",\"status\":\"CERTIFIED\",\"decidedOn\":\"" + today + "\",\"validFrom\":\"" + today
                + "\",\"validUntil\":\"" + today.plusYears(3) + "\",\"sectionIds\":[" + section
                + "],\"designationIds\":[]}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /**
     * A new METI staffer (family name as given, a unique given name) in the demo officer's need-to-know section, with a
     * login and security training valid for a year: qualifies for a METI register once a record counts.
     */
    Person metiHandler(String familyName) {
        long meti = orgId("METI");
        long sato = Api.as(base, "admin").get("people?employerId=" + meti + "&name="
                        + java.net.URLEncoder.encode("佐藤", java.nio.charset.StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long section = Api.as(base, "admin").get("people/" + sato + "?purpose=test+fixture").json()
                .getJsonNumber("sectionId").longValue();
        String u = unique();
        Api.Response p = Api.as(base, "admin").post("people", "{\"familyName\":\"" + familyName + "\",\"givenName\":\"太郎"
                + u + "\",\"familyNameKana\":\"キソク\",\"givenNameKana\":\"タロウ\",\"latinName\":\"Taro Kisoku\","
                + "\"dateOfBirth\":\"1985-05-05\",\"nationalities\":[\"JP\"],\"employerId\":" + meti
                + ",\"sectionId\":" + section + ",\"staffNumber\":\"S-" + u + "\"}");
        assertEquals(201, p.status(), p.toString());
        long id = p.json().getJsonNumber("id").longValue();
        String username = "r" + u.toLowerCase();
        Api.Response a = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"organizationId\":" + meti + ",\"personId\":" + id
                + ",\"roles\":[\"EMPLOYEE\"]}");
        assertEquals(201, a.status(), a.toString());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        Api.Response t = Api.as(base, "admin").post("trainings", "{\"personId\":" + id
                + ",\"course\":\"保全研修（試験）\",\"completedOn\":\"" + today.minusDays(10) + "\",\"validUntil\":\""
                + today.plusYears(1) + "\"}");
        assertEquals(201, t.status(), t.toString());
        return new Person(id, username, "S-" + u, "METI", familyName + " 太郎" + u);
    }
}
