package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database outage on PostgreSQL (the embedded H2 cannot go away): the database refuses connections and the
 * server's are cut. Before, each request hung 10–20 s and ended in a generic 500, and a login said "wrong password".
 * Now the API answers 503 with Retry-After at once, the portal shows its "temporarily unavailable" page and login
 * message, readiness is DOWN, and all of it heals by itself when the database is back.
 */
@ExtendWith(ArquillianExtension.class)
class OutageIT {
    private static final String DATABASE = System.getProperty("clearance.it.pgDatabase", "clearance_it");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String url, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void psql(String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v",
                "ON_ERROR_STOP=1", "-q", "-c", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), sql + ": " + out);
    }

    @Test
    void anOutageIsAnswered503AtOnceAndHealsByItself() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("clearance.db")), "only PostgreSQL can go away");
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Portal officer = new Portal(base);
        assertTrue(officer.login("officer", Api.DEMO_PASSWORD).path().endsWith("index.xhtml"));
        assertEquals(200, get(base + "api/me", "officer").statusCode());

        try {
            psql("ALTER DATABASE " + DATABASE + " WITH ALLOW_CONNECTIONS false");
            psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");

            long start = System.nanoTime();
            HttpResponse<String> me = get(base + "api/me", "officer");
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertEquals(503, me.statusCode(), me.body());
            assertTrue(me.headers().firstValue("Retry-After").isPresent(), me.headers().map().toString());
            assertTrue(me.body().contains("\"key\":\"http.503\""), me.body());
            assertTrue(seconds < 15, "answered after " + seconds + " s");

            HttpResponse<String> queue = get(base + "api/evaluations", "officer");
            assertEquals(503, queue.statusCode(), queue.body());

            Portal.Page page = officer.get("notifications.xhtml");
            assertEquals(503, page.status(), page.toString());
            assertTrue(page.contains("一時的に利用できません"), page.html());

            Portal.Page login = new Portal(base).login("officer", Api.DEMO_PASSWORD);
            assertTrue(login.contains("ログインを確認できません"), "not 'wrong password': " + login.html());

            HttpResponse<String> ready = get(root + "/health/ready", null);
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("DOWN"), ready.body());
        } finally {
            psql("ALTER DATABASE " + DATABASE + " WITH ALLOW_CONNECTIONS true");
        }

        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            Thread.sleep(500);
            status = get(base + "api/me", "officer").statusCode();
        }
        assertEquals(200, status, "healed by itself");
        assertEquals(200, get(root + "/health/ready", null).statusCode());
        assertEquals(200, officer.get("notifications.xhtml").status(), "the portal session goes on");
    }
}
