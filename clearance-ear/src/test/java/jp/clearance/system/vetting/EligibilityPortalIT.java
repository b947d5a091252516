package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Organ;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eligibility list and status changes as the portal uses them, on the real server through the API: an adjudicator
 * lists the records of their own organ only (an officer also those of their organization's people), and a status
 * change made against a version someone else has changed since is refused.
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static Set<Long> ids(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    @Test
    void anAdjudicatorListsTheRecordsOfTheirOwnOrganOnlyWithTheOrgansNames() {
        VettingFixture fx = new VettingFixture(base);
        Organ organ = fx.organ();
        Person p = fx.person(organ.code());
        long own = fx.external(p, organ.id());
        long byMeti = fx.external(p, fx.orgId("METI"));
        String adjudicator = fx.login(organ.code(), "ADJUDICATOR");
        String officer = fx.login(organ.code(), "AGENCY_SECURITY_OFFICER");

        assertEquals(Set.of(own), ids(Api.as(base, adjudicator).get("eligibilities")),
                "the adjudicator sees their organ's record, not METI's record of a person employed by their organ");
        assertEquals(Set.of(own, byMeti), ids(Api.as(base, officer).get("eligibilities")),
                "the officer sees the records of their organization's people");
        assertEquals(Set.of(), ids(Api.as(base, fx.login("MOD", "ADJUDICATOR")).get("eligibilities?personId=" + p.id())),
                "another organ's adjudicator sees none of them");
        assertEquals(403, Api.as(base, p.username()).get("eligibilities").status(), "an employee does not list records");

        JsonObject row = Api.as(base, adjudicator).get("eligibilities").json().getJsonArray("items").getJsonObject(0);
        assertEquals(organ.nameJa(), row.getString("organNameJa"));
        assertEquals(organ.nameEn(), row.getString("organNameEn"));
        assertEquals(organ.id(), row.getJsonNumber("organId").longValue());
    }

    @Test
    void aStatusChangeAgainstAStaleVersionIsRefusedAndTheCurrentOneIsApplied() {
        VettingFixture fx = new VettingFixture(base);
        Organ organ = fx.organ();
        Person p = fx.person(organ.code());
        long id = fx.external(p, organ.id());
        String adjudicator = fx.login(organ.code(), "ADJUDICATOR");
        long seen = fx.eligibility(p.id(), id).getJsonNumber("version").longValue();

        Api.Response first = Api.as(base, "admin").post("eligibilities/" + id + "/suspension",
                "{\"reason\":\"漏えい調査中\",\"version\":" + seen + "}");
        assertEquals(200, first.status(), first.toString());
        long now = first.json().getJsonNumber("version").longValue();
        assertTrue(now > seen, "the change raised the version");

        Api.Response stale = Api.as(base, adjudicator).inLanguage("en").post("eligibilities/" + id + "/reinstatement",
                "{\"reason\":\"調査終了\",\"version\":" + seen + "}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("error.concurrentEdit", stale.json().getString("key"));
        assertTrue(stale.json().getString("message").startsWith("Someone else changed this record"), stale.toString());
        assertEquals("SUSPENDED", fx.eligibility(p.id(), id).getString("status"), "nothing changed");

        Api.Response current = Api.as(base, adjudicator).post("eligibilities/" + id + "/reinstatement",
                "{\"reason\":\"調査終了\",\"version\":" + now + "}");
        assertEquals(200, current.status(), current.toString());
        assertEquals("VALID", current.json().getString("status"));

        for (String action : List.of("suspension", "revocation")) {
            Api.Response other = Api.as(base, fx.login("MOD", "ADJUDICATOR")).post("eligibilities/" + id + "/" + action,
                    "{\"reason\":\"他省\",\"version\":" + current.json().getJsonNumber("version").longValue() + "}");
            assertEquals(422, other.status(), other.toString());
            assertEquals("error.eligibility.otherOrgan", other.json().getString("key"));
        }
    }
}
