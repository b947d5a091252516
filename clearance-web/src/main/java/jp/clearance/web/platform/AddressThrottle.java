package jp.clearance.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing from one client address: of passwords across accounts (the per-account lock is in
 * {@code Logins.recordLogin}) and of anonymous complainants' receipt codes. Up to {@link #FREE_FAILURES} failures of
 * a kind within {@link #WINDOW_MILLIS} are free; each further failure blocks the address for that kind for twice as
 * long as the one before (1 s, 2 s, 4 s, ... at most {@link #MAX_BLOCK_MILLIS}), during which its tries are refused
 * without being checked (so they do not add failures). A success does not clear the count (a guesser may own one
 * account or one code). Wrong receipt codes are also counted for all addresses together ({@link #ALL}: more free
 * failures, blocks of at most a minute), so that guessing spread over many addresses is slowed down too, without
 * keeping a complainant from their own code for long. Kept in memory and never stored: a restart forgets it, and
 * nothing ties an anonymous complainant to an address. Behind a load balancer the address is the balancer's unless the
 * balancer is named as a trusted proxy ({@link #clientAddress}).
 */
@ApplicationScoped
public class AddressThrottle {
    public static final String LOGIN = "login";
    public static final String RECEIPT_CODE = "receipt";
    /** The address under which failures of all addresses together are counted. */
    static final String ALL = "*";
    static final int FREE_FAILURES = 30;
    static final int FREE_FAILURES_ALL = 300;
    static final long WINDOW_MILLIS = 10 * 60_000L;
    static final long MAX_BLOCK_MILLIS = 15 * 60_000L;
    static final long MAX_BLOCK_MILLIS_ALL = 60_000L;
    static final int MAX_ADDRESSES = 100_000;

    private record State(long windowStart, int failures, long blockedUntil) {
    }

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    /**
     * Whether this machine's own loopback address (127.0.0.1, ::1) goes unthrottled: the system property
     * {@code clearance.throttle.exemptLoopback}, set only on the test server ({@code config/test.asadmin}), where one
     * test run signs in thousands of times from 127.0.0.1 and its tests of failed logins would otherwise block the
     * next class. The throttle's own tests guess from 127.0.0.2 and 127.0.0.3, which stay throttled; never set in
     * production (a reverse proxy on the same machine would exempt every client).
     */
    private final boolean exemptLoopback;

    public AddressThrottle() {
        this(Boolean.getBoolean("clearance.throttle.exemptLoopback"));
    }

    AddressThrottle(boolean exemptLoopback) {
        this.exemptLoopback = exemptLoopback;
    }

    private boolean exempt(String address) {
        return exemptLoopback && ("127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address));
    }

    /**
     * The addresses of the load balancers or reverse proxies in front of the server, whose {@code X-Forwarded-For} is
     * believed: the system property {@code clearance.trustedProxies} (comma-separated; none by default, so that no
     * client can choose its address by sending the header).
     */
    private static final java.util.Set<String> TRUSTED_PROXIES = trusted(System.getProperty("clearance.trustedProxies", ""));

    static java.util.Set<String> trusted(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The client's address of this request, see {@link #clientAddress(String, String, java.util.Set)}. */
    public static String clientAddress(jakarta.servlet.http.HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED_PROXIES);
    }

    /**
     * The address a request comes from: the connection's, unless that is a trusted proxy; then the right-most address
     * of {@code X-Forwarded-For} that is no trusted proxy (addresses left of it were written by the client and prove
     * nothing).
     */
    static String clientAddress(String remote, String forwardedFor, java.util.Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }

    /** Milliseconds until the address may try this kind again (0 when it may now); also the wait for all addresses. */
    public long blockedFor(String kind, String address) {
        if (exempt(address)) {
            return 0;
        }
        long now = System.currentTimeMillis();
        long wait = remaining(states.get(kind + " " + address), now);
        return RECEIPT_CODE.equals(kind) ? Math.max(wait, remaining(states.get(kind + " " + ALL), now)) : wait;
    }

    public void failed(String kind, String address) {
        if (exempt(address)) {
            return;
        }
        count(kind + " " + address, FREE_FAILURES, MAX_BLOCK_MILLIS);
        if (RECEIPT_CODE.equals(kind)) {
            count(kind + " " + ALL, FREE_FAILURES_ALL, MAX_BLOCK_MILLIS_ALL);
        }
    }

    private static long remaining(State s, long now) {
        return s == null ? 0 : Math.max(0, s.blockedUntil() - now);
    }

    private void count(String key, int free, long maxBlock) {
        long now = System.currentTimeMillis();
        if (states.size() >= MAX_ADDRESSES) {
            states.values().removeIf(s -> s.windowStart() + WINDOW_MILLIS < now && s.blockedUntil() < now);
        }
        states.compute(key, (k, s) -> {
            if (s == null || (s.windowStart() + WINDOW_MILLIS < now && s.blockedUntil() < now)) {
                return new State(now, 1, 0);
            }
            int failures = s.failures() + 1;
            long block = failures <= free ? 0 : Math.min(maxBlock, 1000L << Math.min(20, failures - free - 1));
            return new State(s.windowStart(), failures, block == 0 ? s.blockedUntil() : now + block);
        });
    }
}
