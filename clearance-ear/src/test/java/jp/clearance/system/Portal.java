package jp.clearance.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client of the Faces portal: keeps the session cookie, submits forms with their view state. */
public final class Portal {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The nonce of the page (PrimeFaces' CSP mode), which its script sends with every form, as a browser would. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private String nonce;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public Portal(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Logs in through the login page; returns the page the login led to. */
    public Page login(String user, String password) {
        Page login = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", login.viewState());
        return post("login.xhtml", form);
    }

    /** A form post as the page's script sends it (with the page's nonce). */
    public Page post(String path, Map<String, String> form) {
        return post(path, form, true);
    }

    /** A form post; {@code withNonce} false as a client without the page's script would send it. */
    public Page post(String path, Map<String, String> form, boolean withNonce) {
        if (withNonce && nonce != null && !form.containsKey("primefaces.nonce")) {
            form = new LinkedHashMap<>(form);
            form.put("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            java.util.regex.Matcher m = NONCE.matcher(r.body());
            if (m.find()) {
                nonce = m.group(1);
            }
            return new Page(r.statusCode(), r.uri().getPath(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the portal: status, the path it ended on after redirects, the HTML. */
    public record Page(int status, String path, String html) {
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("No view state on " + path);
            }
            return m.group(1);
        }

        public boolean contains(String text) {
            return html.contains(text);
        }

        @Override
        public String toString() {
            return status + " " + path;
        }
    }
}
