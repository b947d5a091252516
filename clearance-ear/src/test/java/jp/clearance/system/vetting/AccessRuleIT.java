package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, "What was seen" 1–5, on the real server, one table per observation: who may be on a handler register of a
 * METI designation (which other organs' records count, and a later adverse decision of METI itself), the validity an
 * external record may have under its Act, the scope of the nomination import and of a nomination, and duplicates.
 * Each row makes its own people and designations.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRuleIT {
    private static final String REASONS = "借入れの状況から総合的に判断した（理由は官吏にも示さない）";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private VettingFixture fx() {
        return new VettingFixture(base);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 1. Which records count, and a later refusal by the organ itself
    // ------------------------------------------------------------------------------------------------------------

    /** What happens after the record was entered, by METI (the designating organ) or by the person. */
    enum Later { NONE, UNFAVOURABLE, SUSPENDED, REVOKED, WITHDRAWN, OPEN_REEVALUATION, UNFAVOURABLE_THEN_FAVOURABLE }

    record AccessCase(String name, String designationLevel, String recordLevel, String recordOrgan, Later later,
                      List<String> failed, String conflict) {
    }

    private static final List<AccessCase> ACCESS = List.of(
            new AccessCase("a 2013-Act clearance of another organ counts for 2024-Act information (Art 11(2))",
                    "CONFIDENTIAL", "TOP_SECRET", "MOD", Later.NONE, List.of(), null),
            new AccessCase("the organ's own 2024-Act record counts", "CONFIDENTIAL", "CONFIDENTIAL", "METI", Later.NONE,
                    List.of(), null),
            new AccessCase("another organ's 2024-Act record is no clearance for this organ (no recognition, no equivalence)",
                    "CONFIDENTIAL", "CONFIDENTIAL", "MOD", Later.NONE, List.of("NO_VALID_ELIGIBILITY"), null),
            new AccessCase("another organ's 2013-Act record is no clearance for this organ's 2013-Act information",
                    "TOP_SECRET", "TOP_SECRET", "MOD", Later.NONE, List.of("NO_VALID_ELIGIBILITY"), null),
            new AccessCase("a later unfavourable decision of the organ prevails over another organ's valid record",
                    "CONFIDENTIAL", "TOP_SECRET", "MOD", Later.UNFAVOURABLE, List.of("LATER_ADVERSE_DECISION"),
                    "UNFAVOURABLE"),
            new AccessCase("a later suspension by the organ prevails", "CONFIDENTIAL", "TOP_SECRET", "MOD",
                    Later.SUSPENDED, List.of("LATER_ADVERSE_DECISION"), "SUSPENDED"),
            new AccessCase("a later revocation by the organ prevails", "CONFIDENTIAL", "TOP_SECRET", "MOD",
                    Later.REVOKED, List.of("LATER_ADVERSE_DECISION"), "REVOKED"),
            new AccessCase("a later withdrawal of consent to the organ's evaluation prevails", "CONFIDENTIAL",
                    "TOP_SECRET", "MOD", Later.WITHDRAWN, List.of("LATER_ADVERSE_DECISION"), "WITHDRAWN"),
            new AccessCase("an open re-evaluation by the organ on a reported change of circumstances prevails", "CONFIDENTIAL", "TOP_SECRET", "MOD",
                    Later.OPEN_REEVALUATION, List.of("LATER_ADVERSE_DECISION"), "OPEN_REEVALUATION"),
            new AccessCase("the conflict is resolved by a new favourable evaluation of the organ", "CONFIDENTIAL",
                    "TOP_SECRET", "MOD", Later.UNFAVOURABLE_THEN_FAVOURABLE, List.of(), null));

    @Test
    void whoMayHandleAMetiDesignationTable() {
        VettingFixture fx = fx();
        List<String> problems = new ArrayList<>();
        for (AccessCase c : ACCESS) {
            Person p = handler(fx);
            long d = designation(c.designationLevel());
            LocalDate notified = today().minusYears(1); // after the 2024 Act came into force (2025-05-16)
            Api.Response entered = external(p.id(), c.recordLevel(), fx.orgId(c.recordOrgan()), notified, null);
            assertEquals(201, entered.status(), c.name() + ": " + entered);
            long record = entered.json().getJsonNumber("id").longValue();
            happens(fx, p, c.later());
            JsonObject check = check(d, p.id(), "ja");
            List<String> failed = conditions(check);
            if (!failed.equals(c.failed())) {
                problems.add(c.name() + ": failed " + failed + ", expected " + c.failed() + " " + check);
                continue;
            }
            Api.Response add = Api.as(base, "officer").post("designations/" + d + "/handlers", "{\"personId\":" + p.id() + "}");
            if (c.failed().isEmpty()) {
                if (add.status() != 201) {
                    problems.add(c.name() + ": not admitted " + add);
                }
                continue;
            }
            if (add.status() != 422 || !add.body().contains("error.designation.handlerNotEligible")) {
                problems.add(c.name() + ": admitted or wrong refusal " + add);
            }
            if (c.conflict() != null) {
                String ja = conflict(check, c.conflict(), record);
                String en = conflict(check(d, p.id(), "en"), c.conflict(), record);
                if (ja == null || en == null) {
                    problems.add(c.name() + ": the conflict with record " + record + " is not named " + check);
                    continue;
                }
                // which record (organ, date), which decision (organ, date), in both languages; never the reasons
                // dates in each language's format (issue 15): yyyy/MM/dd in Japanese, yyyy-MM-dd in English
                if (!ja.contains("防衛省") || !ja.contains(notified.toString().replace('-', '/')) || !ja.contains("経済産業省")
                        || !ja.contains(today().toString().replace('-', '/'))) {
                    problems.add(c.name() + ": ja conflict lacks a record or a date: " + ja);
                }
                if (!en.contains("Ministry of Defense") || !en.contains(notified.toString())
                        || !en.contains("Ministry of Economy, Trade and Industry") || !en.contains(today().toString())) {
                    problems.add(c.name() + ": en conflict lacks a record or a date: " + en);
                }
                if (add.body().contains(REASONS) || check.toString().contains(REASONS)) {
                    problems.add(c.name() + ": the reasons of the decision are shown");
                }
                if (!add.body().contains("防衛省")) {
                    problems.add(c.name() + ": the refusal does not name the conflict " + add);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aLaterUnfavourableDecisionOfTheOrganTakesTheHandlerOffTheRegisterAndTheOfficerSeesWhy() {
        VettingFixture fx = fx();
        Person p = handler(fx);
        long d = designation("CONFIDENTIAL");
        external(p.id(), "TOP_SECRET", fx.orgId("MOD"), today().minusYears(1), null);
        Api.Response added = Api.as(base, "officer").post("designations/" + d + "/handlers", "{\"personId\":" + p.id() + "}");
        assertEquals(201, added.status(), added.toString());
        assertTrue(onRegister(d, p.id()));

        happens(fx, p, Later.UNFAVOURABLE);
        assertFalse(onRegister(d, p.id()), "taken off in the same transaction as the decision");
        JsonObject line = array(Api.as(base, "officer").get("designations/" + d + "/handlers?all=true").body()).stream()
                .map(v -> v.asJsonObject()).filter(h -> h.getJsonNumber("personId").longValue() == p.id()).findFirst()
                .orElseThrow();
        assertEquals("NO_LONGER_ELIGIBLE", line.getString("removalReason"), line.toString());
        assertTrue(line.getString("removalNote").contains("LATER_ADVERSE_DECISION"), line.toString());
        assertFalse(line.toString().contains(REASONS));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2. The validity an external record may have under its Act
    // ------------------------------------------------------------------------------------------------------------

    record ValidityCase(String level, int years, int extraDays, boolean accepted) {
    }

    private static final List<ValidityCase> VALIDITY = List.of(
            new ValidityCase("TOP_SECRET", 15, 0, false),
            new ValidityCase("TOP_SECRET", 5, 1, false),
            new ValidityCase("TOP_SECRET", 5, 0, true),
            new ValidityCase("CONFIDENTIAL", 11, 0, false),
            new ValidityCase("CONFIDENTIAL", 10, 0, true));

    @Test
    void anExternalRecordMayNotBeValidLongerThanItsActAllows() {
        VettingFixture fx = fx();
        List<String> problems = new ArrayList<>();
        for (ValidityCase c : VALIDITY) {
            Person p = fx.person("METI");
            LocalDate notified = today().minusYears(1);
            LocalDate until = notified.plusYears(c.years()).plusDays(c.extraDays());
            Api.Response ja = external(p.id(), c.level(), fx.orgId("MOD"), notified, until);
            if (c.accepted()) {
                if (ja.status() != 201) {
                    problems.add(c + ": refused " + ja);
                }
                continue;
            }
            Api.Response en = externalIn("en", p.id(), c.level(), fx.orgId("MOD"), notified, until);
            String limit = "TOP_SECRET".equals(c.level()) ? "5" : "10";
            if (ja.status() != 422 || !"error.eligibility.validityTooLong".equals(ja.json().getString("key"))
                    || !ja.json().getString("message").contains(limit + "年")) {
                problems.add(c + ": ja " + ja);
            }
            if (en.status() != 422 || !"error.eligibility.validityTooLong".equals(en.json().getString("key"))
                    || !en.json().getString("message").contains(limit + " years")
                    || !en.json().getString("message").contains(notified.plusYears(Integer.parseInt(limit)).toString())) {
                problems.add(c + ": en " + en);
            }
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. The nomination import checks the caller's scope first
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theImportAnswersForAPersonOutsideTheCallersScopeAsForAPersonThatDoesNotExist() {
        VettingFixture fx = fx();
        String towaOfficer = fx.login("TOWA-HI", "AGENCY_SECURITY_OFFICER");
        // a company of its own: no organ has certified it, so neither caller may nominate its staff
        String other = entity();
        Person inactive = fx.person(other);
        assertEquals(204, Api.as(base, "admin").post("people/" + inactive.id() + "/deactivation", "").status());
        Person active = fx.person(other);
        String header = "employer_code,staff_number,level_code,scope\n";
        // rows of another company's staff (inactive; active with a level that does not exist) and of nobody
        String csv = header
                + other + "," + inactive.staffNumber() + ",CONFIDENTIAL,指定A\n"
                + other + "," + active.staffNumber() + ",NO_SUCH_LEVEL,指定A\n"
                + other + ",S-NOBODY1,CONFIDENTIAL,指定A\n"
                + other + ",S-NOBODY2,NO_SUCH_LEVEL,指定A\n";
        for (String caller : List.of(towaOfficer, "officer")) {
            Api.Response r = fx.csv(caller, "en", csv);
            assertEquals(422, r.status(), r.toString());
            List<JsonObject> errors = r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject()).toList();
            assertEquals(List.of(2, 3, 4, 5), errors.stream().map(e -> e.getInt("line")).toList(), r.toString());
            for (JsonObject e : errors) {
                assertEquals("error.vetting.import.unknownPerson", e.getString("key"), caller + ": " + r);
            }
            String unknown = errors.get(2).getString("message");
            assertEquals(unknown.replace("S-NOBODY1", inactive.staffNumber()), errors.get(0).getString("message"));
            assertEquals(unknown.replace("S-NOBODY1", active.staffNumber()), errors.get(1).getString("message"));
            assertFalse(r.body().contains(inactive.name().substring(3)) || r.body().contains(active.name().substring(3)),
                    r.toString());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // 4. An organ's officer nominates its own staff, or the staff of an entity it certified
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void anOrgansOfficerNominatesOnlyItsStaffOrACertifiedEntitysAndOtherwiseLearnsNothing() {
        VettingFixture fx = fx();
        VettingFixture.Organ organ = fx.organ();
        String officer = fx.login(organ.code(), "AGENCY_SECURITY_OFFICER");
        Person company = fx.person("TOWA-HI");
        Person uncertified = fx.person(entity());
        Person otherOrgan = fx.person("MOD");
        Person own = fx.person(organ.code());

        // the example (the METI officer, a company no certification links to METI), and the other organ's
        record Row(String officer, Person person) {
        }
        List<Row> refused = List.of(new Row("officer", uncertified), new Row(officer, uncertified),
                new Row(officer, company), new Row(officer, otherOrgan), new Row("officer", otherOrgan));
        for (Row row : refused) {
            Api.Response unknown = nominate(row.officer(), 987_654_321_987L);
            assertEquals(404, unknown.status(), unknown.toString());
            Api.Response r = nominate(row.officer(), row.person().id());
            assertEquals(unknown.status(), r.status(), row + ": " + r);
            assertEquals(unknown.json().getString("key"), r.json().getString("key"), r.toString());
            // the same answer as for an id no one has (ids are written without separators, issue 15 item 10)
            assertEquals(unknown.json().getString("message").replace("987654321987",
                    Long.toString(row.person().id())), r.json().getString("message"), r.toString());
            assertFalse(r.body().contains(row.person().name().substring(3)), "never the person's name: " + r);
        }

        Api.Response mine = nominate(officer, own.id());
        assertEquals(201, mine.status(), mine.toString());
        fx.certify(officer, "TOWA-HI", "加藤");
        Api.Response certified = nominate(officer, company.id());
        assertEquals(201, certified.status(), certified.toString());
        assertEquals(company.name(), certified.json().getString("personName"));
        // a certification by another organ does not open the company to this one
        VettingFixture.Organ third = fx.organ();
        Api.Response notForThisOrgan = nominate(fx.login(third.code(), "AGENCY_SECURITY_OFFICER"), company.id());
        assertEquals(404, notForThisOrgan.status(), notForThisOrgan.toString());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 5. Duplicates
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theSameExternalRecordTwiceIsRefused() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        LocalDate notified = today().minusYears(1);
        assertEquals(201, external(p.id(), "CONFIDENTIAL", fx.orgId("MOD"), notified, null).status());
        for (String language : List.of("ja", "en")) {
            Api.Response again = externalIn(language, p.id(), "CONFIDENTIAL", fx.orgId("MOD"), notified, null);
            assertEquals(422, again.status(), again.toString());
            assertEquals("error.eligibility.duplicate", again.json().getString("key"), again.toString());
            String day = "ja".equals(language) ? notified.toString().replace('-', '/') : notified.toString();
            assertTrue(again.json().getString("message").contains(day), again.toString());
        }
        assertEquals(201, external(p.id(), "CONFIDENTIAL", fx.orgId("MOD"), notified.minusDays(1), null).status(),
                "another decision (another day) is another record");
        assertEquals(201, external(p.id(), "CONFIDENTIAL", fx.orgId("METI"), notified, null).status(),
                "another organ's decision is another record");
    }

    record ProvisionCase(String name, String json) {
    }

    @Test
    void theSameProvisionTwiceIsRefused() {
        VettingFixture fx = fx();
        long d = designation("CONFIDENTIAL");
        long towa = fx.orgId("TOWA-HI");
        long certification = fx.certify("officer", "TOWA-HI", "加藤");
        long version = Api.as(base, "officer").get("certifications/" + certification).json().getJsonNumber("version")
                .longValue();
        Api.Response covered = Api.as(base, "officer").put("certifications/" + certification + "/designations",
                "{\"version\":" + version + ",\"designationIds\":[" + d + "]}");
        assertEquals(200, covered.status(), covered.toString());
        List<ProvisionCase> cases = List.of(
                new ProvisionCase("to a conforming entity", "{\"recipientKind\":\"ENTITY\",\"recipientId\":" + towa),
                new ProvisionCase("to another organ", "{\"recipientKind\":\"ORGAN\",\"recipientId\":" + fx.orgId("MOD")),
                new ProvisionCase("to a foreign government", "{\"recipientKind\":\"FOREIGN\",\"recipientName\":\"Government of Australia\""));
        List<String> problems = new ArrayList<>();
        for (ProvisionCase c : cases) {
            String json = c.json() + ",\"providedOn\":\"" + today() + "\",\"legalBasis\":\"第10条\"}";
            Api.Response first = Api.as(base, "officer").post("designations/" + d + "/provisions", json);
            Api.Response second = Api.as(base, "officer").post("designations/" + d + "/provisions", json);
            Api.Response english = Api.as(base, "officer").inLanguage("en").post("designations/" + d + "/provisions", json);
            if (first.status() != 201) {
                problems.add(c.name() + ": first " + first);
            } else if (second.status() != 422 || !"error.designation.alreadyProvided".equals(second.json().getString("key"))
                    || english.status() != 422 || !english.json().getString("message").contains(today().toString())) {
                problems.add(c.name() + ": second " + second + " / " + english);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(3, array(Api.as(base, "officer").get("designations/" + d + "/provisions").body()).size());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    private Person handler(VettingFixture fx) {
        return fx.metiHandler("規則");
    }

    /** What happens after the record, through the API as the people who do it. */
    private void happens(VettingFixture fx, Person p, Later later) {
        switch (later) {
            case NONE -> { }
            case UNFAVOURABLE -> {
                long id = fx.reported(p);
                Api.Response r = fx.decide("adjudicator", id, false, REASONS);
                assertEquals(200, r.status(), r.toString());
            }
            case UNFAVOURABLE_THEN_FAVOURABLE -> {
                happens(fx, p, Later.UNFAVOURABLE);
                fx.favourable(p);
            }
            case SUSPENDED, REVOKED -> {
                long own = external(p.id(), "CONFIDENTIAL", fx.orgId("METI"), today().minusYears(1), null).json()
                        .getJsonNumber("id").longValue();
                Api.Response r = Api.as(base, "admin").post("eligibilities/" + own + "/"
                        + (later == Later.SUSPENDED ? "suspension" : "revocation"), "{\"reason\":\"" + REASONS + "\"}");
                assertEquals(200, r.status(), r.toString());
            }
            case WITHDRAWN -> {
                long id = fx.nominate("officer", p);
                fx.consent(p, id);
                Api.Response r = fx.act(p.username(), id, "withdraw", null);
                assertEquals(200, r.status(), r.toString());
            }
            case OPEN_REEVALUATION -> {
                long own = external(p.id(), "CONFIDENTIAL", fx.orgId("METI"), today().minusYears(1), null).json()
                        .getJsonNumber("id").longValue();
                // a change of circumstances is a doubt (a routine renewal before the record ends is none)
                Api.Response change = Api.as(base, p.username()).post("certificates/changes",
                        "{\"kind\":\"DEBT\",\"description\":\"住宅ローン以外の借入れが増えた\"}");
                assertEquals(201, change.status(), change.toString());
                Api.Response r = Api.as(base, "officer").post("certificates/" + own + "/re-evaluation",
                        "{\"scope\":\"事情の変更による再評価\"}");
                assertEquals(201, r.status(), r.toString());
            }
        }
    }

    /** A business entity of its own (no sections, so no organ can certify it); returns its code. */
    private String entity() {
        String code = "E" + VettingFixture.unique();
        String name = VettingFixture.unique().toLowerCase();
        Api.Response r = Api.as(base, "admin").post("organizations", "{\"code\":\"" + code + "\",\"kind\":\"ENTITY\","
                + "\"nameJa\":\"試験工業" + name + "\",\"nameEn\":\"Test Industries " + name + "\",\"active\":true}");
        assertEquals(201, r.status(), r.toString());
        return code;
    }

    private long designation(String level) {
        String number = level + "-" + VettingFixture.unique();
        boolean sds = "TOP_SECRET".equals(level);
        Api.Response r = Api.as(base, "officer").post("designations", "{\"referenceNumber\":\"" + number
                + "\",\"title\":\"規則試験の指定 " + number + "\",\"summary\":\"基幹インフラの防護措置に関する情報（試験）\","
                + "\"levelCode\":\"" + level + "\",\"categoryCode\":\"" + (sds ? "SDS_DEFENSE" : "CESI_C1") + "\","
                + (sds ? "" : "\"itemCode\":\"CESI_C1_I01\",") + "\"designatingOfficial\":\"経済産業大臣\","
                + "\"designatedOn\":\"" + today() + "\",\"validUntil\":\"" + today().plusYears(5) + "\","
                + "\"marking\":\"文書の冒頭に表示\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private Api.Response external(long personId, String level, long organId, LocalDate notified, LocalDate until) {
        return externalIn("ja", personId, level, organId, notified, until);
    }

    private Api.Response externalIn(String language, long personId, String level, long organId, LocalDate notified,
                                    LocalDate until) {
        return Api.as(base, "admin").inLanguage(language).post("eligibilities", "{\"personId\":" + personId
                + ",\"levelCode\":\"" + level + "\",\"organId\":" + organId + ",\"externalReference\":\"EXT-"
                + VettingFixture.unique() + "\",\"notifiedOn\":\"" + notified + "\""
                + (until == null ? "" : ",\"validUntil\":\"" + until + "\"") + "}");
    }

    private JsonObject check(long designationId, long personId, String language) {
        Api.Response r = Api.as(base, "officer").inLanguage(language).get("designations/" + designationId
                + "/handlers/check?personId=" + personId);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> conditions(JsonObject check) {
        return check.getJsonArray("failed").stream().map(c -> c.asJsonObject().getString("condition")).toList();
    }

    /** The message of the conflict of this kind with this record, or null. */
    private static String conflict(JsonObject check, String kind, long recordId) {
        if (!check.containsKey("conflicts")) {
            return null;
        }
        return check.getJsonArray("conflicts").stream().map(v -> v.asJsonObject())
                .filter(c -> kind.equals(c.getString("kind")) && c.getJsonNumber("eligibilityId").longValue() == recordId)
                .map(c -> c.getString("message")).findFirst().orElse(null);
    }

    private Api.Response nominate(String officer, long personId) {
        return Api.as(base, officer).post("evaluations", "{\"personId\":" + personId
                + ",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"x\"}");
    }

    private boolean onRegister(long designationId, long personId) {
        return array(Api.as(base, "officer").get("designations/" + designationId + "/handlers").body()).stream()
                .anyMatch(h -> h.asJsonObject().getJsonNumber("personId").longValue() == personId);
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
