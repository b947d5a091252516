package jp.clearance.system.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rule on the real server: who may be on a handler register, with every failed condition explained;
 * certification, provision, and people dropping off the registers when their clearance lapses or training expires.
 * Each test uses its own demo person, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
class HandlerRegistersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private Fixtures f() {
        return new Fixtures(base);
    }

    private static List<String> failed(Api.Response check) {
        return check.json().getJsonArray("failed").stream().map(c -> c.asJsonObject().getString("condition")).toList();
    }

    private Api.Response check(long designationId, long personId) {
        return Api.as(base, "officer").get("designations/" + designationId + "/handlers/check?personId=" + personId);
    }

    @Test
    void anEntitysEmployeeQualifiesStepByStepAndEachMissingConditionIsExplained() {
        long d = f().confidential(Fixtures.unique("ENT"));
        long yamamoto = f().person("HOKUTO-EP", "山本");
        Api.Response first = check(d, yamamoto);
        assertEquals(List.of("NO_VALID_ELIGIBILITY", "ORGANIZATION_NOT_HOLDING", "NO_VALID_TRAINING"), failed(first));
        Api.Response refused = f().addHandler(d, yamamoto);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getJsonArray("violations").toString().contains("本日有効な保全研修の受講記録がありません"),
                refused.toString());

        long hokuto = f().organization("HOKUTO-EP");
        Api.Response notCertified = Api.as(base, "officer").post("designations/" + d + "/provisions",
                "{\"recipientKind\":\"ENTITY\",\"recipientId\":" + hokuto + ",\"providedOn\":\"" + Fixtures.today()
                        + "\",\"legalBasis\":\"第10条\"}");
        assertEquals("error.designation.entityNotCertified", notCertified.json().getString("key"), notCertified.toString());

        long cyber = sectionOfPerson(yamamoto);
        Api.Response refusedCertification = Api.as(base, "officer").post("certifications", certification(hokuto, cyber, false, d));
        assertEquals("error.certification.criteriaUnmet", refusedCertification.json().getString("key"));
        Api.Response certified = Api.as(base, "officer").post("certifications", certification(hokuto, cyber, true, d));
        assertEquals(201, certified.status(), certified.toString());
        long certificationId = certified.json().getJsonNumber("id").longValue();
        JsonArray coveredIds = certified.json().getJsonArray("designationIds");
        assertEquals(1, coveredIds.size(), certified.toString());
        assertEquals(d, coveredIds.getJsonNumber(0).longValue());

        // the contract covers d only: another designation of the organ cannot be provided until it is added
        long uncovered = f().confidential(Fixtures.unique("UNC"));
        Api.Response notCovered = Api.as(base, "officer").post("designations/" + uncovered + "/provisions",
                "{\"recipientKind\":\"ENTITY\",\"recipientId\":" + hokuto + ",\"providedOn\":\"" + Fixtures.today()
                        + "\",\"legalBasis\":\"第10条\"}");
        assertEquals(422, notCovered.status(), notCovered.toString());
        assertEquals("error.designation.notCoveredByContract", notCovered.json().getString("key"), notCovered.toString());
        long coverVersion = certified.json().getJsonNumber("version").longValue();
        Api.Response covered = Api.as(base, "officer").put("certifications/" + certificationId + "/designations",
                "{\"version\":" + coverVersion + ",\"designationIds\":[" + d + "," + uncovered + "]}");
        assertEquals(200, covered.status(), covered.toString());
        assertEquals(2, covered.json().getJsonArray("designationIds").size(), covered.toString());
        Api.Response nowCovered = Api.as(base, "officer").post("designations/" + uncovered + "/provisions",
                "{\"recipientKind\":\"ENTITY\",\"recipientId\":" + hokuto + ",\"providedOn\":\"" + Fixtures.today()
                        + "\",\"legalBasis\":\"第10条\"}");
        assertEquals(201, nowCovered.status(), nowCovered.toString());

        Api.Response provided = Api.as(base, "officer").post("designations/" + d + "/provisions",
                "{\"recipientKind\":\"ENTITY\",\"recipientId\":" + hokuto + ",\"providedOn\":\"" + Fixtures.today()
                        + "\",\"legalBasis\":\"第10条\"}");
        assertEquals(201, provided.status(), provided.toString());
        assertEquals(List.of("NO_VALID_ELIGIBILITY", "NO_VALID_TRAINING"), failed(check(d, yamamoto)));

        f().eligibility(yamamoto, "CONFIDENTIAL");
        f().training(yamamoto, Fixtures.today().plusYears(1));
        Api.Response ok = check(d, yamamoto);
        assertTrue(ok.json().getBoolean("eligible"), ok.toString());
        assertEquals(201, f().addHandler(d, yamamoto).status());
        assertEquals("error.designation.alreadyHandler", f().addHandler(d, yamamoto).json().getString("key"));

        // a reported change puts the certification under re-review: the entity's handlers drop off at once
        long version = Api.as(base, "officer").get("certifications/" + certificationId).json().getJsonNumber("version").longValue();
        Api.Response change = Api.as(base, "officer").post("certifications/" + certificationId + "/change-report",
                "{\"version\":" + version + ",\"note\":\"代表取締役の交代\"}");
        assertEquals("REVIEW_REQUIRED", change.json().getString("status"), change.toString());
        assertFalse(f().onRegister(d, yamamoto));
        assertEquals(List.of("ENTITY_NOT_CERTIFIED"), failed(check(d, yamamoto)));
    }

    @Test
    void topSecretClearanceCoversConfidentialButNotTheReverseAndOtherOrgansHoldOnlyWhatTheyReceived() {
        long ts = f().topSecret(Fixtures.unique("TS"));
        long conf = f().confidential(Fixtures.unique("CF"));
        long matsumoto = f().person("MOD", "松本");
        long mod = f().organization("MOD");
        assertTrue(failed(check(conf, matsumoto)).contains("ORGANIZATION_NOT_HOLDING"));
        for (long d : new long[] {ts, conf}) {
            Api.Response r = Api.as(base, "officer").post("designations/" + d + "/provisions",
                    "{\"recipientKind\":\"ORGAN\",\"recipientId\":" + mod + ",\"providedOn\":\"" + Fixtures.today()
                            + "\",\"legalBasis\":\"第6条\"}");
            assertEquals(201, r.status(), r.toString());
        }
        f().training(matsumoto, Fixtures.today().plusYears(1));
        f().eligibility(matsumoto, "CONFIDENTIAL");
        assertEquals(List.of("ELIGIBILITY_LEVEL_TOO_LOW"), failed(check(ts, matsumoto)));
        assertEquals(201, f().addHandler(conf, matsumoto).status());
        f().eligibility(matsumoto, "TOP_SECRET");
        assertEquals(201, f().addHandler(ts, matsumoto).status());

        Api.Response foreign = Api.as(base, "officer").post("designations/" + conf + "/provisions",
                "{\"recipientKind\":\"FOREIGN\",\"recipientName\":\"Government of Australia\",\"providedOn\":\""
                        + Fixtures.today() + "\",\"legalBasis\":\"第8条\"}");
        assertEquals(201, foreign.status(), foreign.toString());
        JsonArray provisions = Fixtures.array(Api.as(base, "officer").get("designations/" + conf + "/provisions").body());
        assertEquals(2, provisions.size());
    }

    @Test
    void aDeactivatedPersonLeavesTheRegistersAtOnceNotAtTheNextDailyCheck() {
        long d = f().confidential(Fixtures.unique("DA"));
        long person = f().newPersonLike("METI", "佐藤");
        f().eligibility(person, "CONFIDENTIAL");
        f().training(person, Fixtures.today().plusYears(1));
        assertEquals(201, f().addHandler(d, person).status());
        assertTrue(f().onRegister(d, person));

        assertEquals(403, Api.as(base, "officer").post("people/" + person + "/deactivation", "").status(),
                "only an administrator deactivates a person");
        assertEquals(204, Api.as(base, "admin").post("people/" + person + "/deactivation", "").status());
        assertFalse(f().onRegister(d, person), "removed in the same transaction as the deactivation");
        assertEquals(List.of("PERSON_INACTIVE"), failed(check(d, person)));
    }

    /**
     * Issue 11 (duplicates): two adds of the same person at the same moment leave one entry on the register; the other
     * is refused with the duplicate's message (the boundary's check alone lets both through: the unique constraint of
     * V74 decides). A removed entry does not stop the person from being added again.
     */
    @Test
    void aPersonIsOnARegisterAtMostOnceEvenWhenAddedTwiceAtTheSameMoment() throws Exception {
        long d = f().confidential(Fixtures.unique("TW"));
        long watanabe = f().newPersonLike("METI", "高橋");
        f().eligibility(watanabe, "CONFIDENTIAL");
        f().training(watanabe, Fixtures.today().plusYears(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Response>> adds = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                adds.add(pool.submit(() -> {
                    start.await();
                    return f().addHandler(d, watanabe);
                }));
            }
            start.countDown();
            int added = 0;
            for (java.util.concurrent.Future<Api.Response> a : adds) {
                Api.Response r = a.get();
                if (r.status() == 201) {
                    added++;
                } else {
                    assertEquals("error.designation.alreadyHandler", r.json().getString("key"), r.toString());
                }
            }
            assertEquals(1, added, "exactly one of the adds at the same moment");
        } finally {
            pool.shutdownNow();
        }
        JsonArray register = Fixtures.array(Api.as(base, "officer").get("designations/" + d + "/handlers").body());
        assertEquals(1, register.stream().filter(h -> h.asJsonObject().getBoolean("active")).count(), register.toString());

        long entry = register.getJsonObject(0).getJsonNumber("id").longValue();
        long version = register.getJsonObject(0).getJsonNumber("version").longValue();
        Api.Response removed = Api.as(base, "officer").post("designations/handlers/" + entry + "/removal",
                "{\"version\":" + version + ",\"note\":\"異動\"}");
        assertEquals(204, removed.status(), removed.toString());
        assertEquals(201, f().addHandler(d, watanabe).status(), "added again after the removal: the history stays");
    }

    @Test
    void aLapsedClearanceRemovesThePersonFromEveryRegisterAndTheOfficerIsNotified() {
        long d1 = f().confidential(Fixtures.unique("L1"));
        long d2 = f().confidential(Fixtures.unique("L2"));
        long takahashi = f().person("METI", "高橋");
        long eligibility = f().eligibility(takahashi, "CONFIDENTIAL");
        f().training(takahashi, Fixtures.today().plusYears(1));
        assertEquals(201, f().addHandler(d1, takahashi).status());
        assertEquals(201, f().addHandler(d2, takahashi).status());

        Api.Response noReason = Api.as(base, "admin").post("eligibilities/" + eligibility + "/suspension", "{}");
        assertEquals(422, noReason.status(), noReason.toString());
        assertEquals(403, Api.as(base, "officer").post("eligibilities/" + eligibility + "/suspension",
                "{\"reason\":\"x\"}").status(), "only administrators (and adjudicators) change a clearance");
        Api.Response suspended = Api.as(base, "admin").post("eligibilities/" + eligibility + "/suspension",
                "{\"reason\":\"再調査中\"}");
        assertEquals("SUSPENDED", suspended.json().getString("status"), suspended.toString());
        assertFalse(f().onRegister(d1, takahashi));
        assertFalse(f().onRegister(d2, takahashi));
        JsonArray all = Fixtures.array(Api.as(base, "officer").get("designations/" + d1 + "/handlers?all=true").body());
        assertEquals("NO_LONGER_ELIGIBLE", all.getJsonObject(0).getString("removalReason"));
        JsonArray history = Fixtures.array(Api.as(base, "officer").get("designations/" + d1 + "/history").body());
        assertEquals("HANDLER_REMOVED", history.getJsonObject(history.size() - 1).getString("kind"));
        Portal portal = new Portal(base);
        portal.login("officer", Api.DEMO_PASSWORD);
        assertTrue(portal.get("notifications.xhtml").contains("高橋 美咲 さんは、要件を満たさなくなったため"));

        assertEquals("VALID", Api.as(base, "admin").post("eligibilities/" + eligibility + "/reinstatement",
                "{\"reason\":\"問題なし\"}").json().getString("status"));
        assertEquals(201, f().addHandler(d1, takahashi).status());
        assertEquals("REVOKED", Api.as(base, "admin").post("eligibilities/" + eligibility + "/revocation",
                "{\"reason\":\"取消し\"}").json().getString("status"));
        assertFalse(f().onRegister(d1, takahashi));
        Api.Response again = Api.as(base, "admin").post("eligibilities/" + eligibility + "/reinstatement", "{\"reason\":\"x\"}");
        assertEquals("error.eligibility.transitionNotAllowed", again.json().getString("key"));
        assertEquals(List.of("NO_VALID_ELIGIBILITY"), failed(check(d1, takahashi)));
    }

    @Test
    void expiredTrainingRemovesTheHandlerInTheDailyCheckAndEndsTheirAccess() {
        long d = f().confidential(Fixtures.unique("TR"));
        long nakamura = f().person("METI", "中村");
        f().eligibility(nakamura, "CONFIDENTIAL");
        long training = f().training(nakamura, Fixtures.today().plusDays(3));
        assertEquals(404, Api.as(base, "employee").get("designations/" + d + "?purpose=work").status());
        assertEquals(201, f().addHandler(d, nakamura).status());
        JsonObject read = Api.as(base, "employee").get("designations/" + d + "?purpose=work").json();
        assertEquals("基幹インフラの防護措置に関する情報（試験）", read.getString("summary"), "a handler reads the summary");
        assertTrue(Api.as(base, "employee").get("designations/mine").body().contains("\"id\":" + d));
        try {
            assertEquals(200, Api.as(base, "admin").put("clock?offsetDays=5", "").status());
            JsonObject result = Api.as(base, "admin").post("trainings/daily-checks", null).json();
            assertTrue(result.getInt("handlersRemoved") >= 1, result.toString());
        } finally {
            Api.as(base, "admin").put("clock?offsetDays=0", "");
        }
        assertFalse(f().onRegister(d, nakamura));
        assertEquals(404, Api.as(base, "employee").get("designations/" + d + "?purpose=work").status());
        assertEquals(List.of(), failed(check(d, nakamura)), "valid again today: only the register line was removed");
        assertTrue(training > 0);
    }

    private long sectionOfPerson(long personId) {
        // the demo entity's need-to-know section: read through the person's record (audited read by the admin)
        JsonObject p = Api.as(base, "admin").get("people/" + personId + "?purpose=integration-test").json();
        return p.getJsonNumber("sectionId").longValue();
    }

    private static String certification(long entityId, long sectionId, boolean allCriteria, long designationId) {
        return "{\"entityId\":" + entityId + ",\"internalRules\":true,\"responsibleManager\":true,\"governance\":true,"
                + "\"training\":" + allCriteria + ",\"facilities\":true,\"evidence\":\"規程・体制図を確認\","
                + "\"contractReference\":\"" + Fixtures.unique("C") + "\",\"status\":\"CERTIFIED\",\"decidedOn\":\""
                + Fixtures.today() + "\",\"validFrom\":\"" + Fixtures.today() + "\",\"validUntil\":\""
                + Fixtures.today().plusYears(3) + "\",\"sectionIds\":[" + sectionId + "],\"designationIds\":["
                + designationId + "]}";
    }
}
