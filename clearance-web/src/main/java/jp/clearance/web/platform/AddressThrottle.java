package jp.clearance.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing from one client address, across accounts (the per-account lock is in
 * {@code Accounts.recordLogin}). Up to {@link #FREE_FAILURES} failed logins within {@link #WINDOW_MILLIS} are free;
 * each further failure blocks the address for twice as long as the one before (1 s, 2 s, 4 s, ... at most
 * {@link #MAX_BLOCK_MILLIS}), during which its logins are refused without looking at the password. A success does
 * not clear the count (a guesser may own one account). Kept in memory: a restart forgets it, the account locks stay.
 * Behind a load balancer the address is the balancer's unless it forwards the client's (see README).
 */
@ApplicationScoped
public class AddressThrottle {
    static final int FREE_FAILURES = 30;
    static final long WINDOW_MILLIS = 10 * 60_000L;
    static final long MAX_BLOCK_MILLIS = 15 * 60_000L;
    static final int MAX_ADDRESSES = 100_000;

    private record State(long windowStart, int failures, long blockedUntil) {
    }

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    /** Milliseconds until the address may try again; 0 when it may now. */
    public long blockedFor(String address) {
        State s = states.get(address);
        long now = System.currentTimeMillis();
        return s == null ? 0 : Math.max(0, s.blockedUntil() - now);
    }

    public void failed(String address) {
        long now = System.currentTimeMillis();
        if (states.size() >= MAX_ADDRESSES) {
            states.values().removeIf(s -> s.windowStart() + WINDOW_MILLIS < now && s.blockedUntil() < now);
        }
        states.compute(address, (a, s) -> {
            if (s == null || (s.windowStart() + WINDOW_MILLIS < now && s.blockedUntil() < now)) {
                return new State(now, 1, 0);
            }
            int failures = s.failures() + 1;
            long block = failures <= FREE_FAILURES ? 0
                    : Math.min(MAX_BLOCK_MILLIS, 1000L << Math.min(20, failures - FREE_FAILURES - 1));
            return new State(s.windowStart(), failures, block == 0 ? s.blockedUntil() : now + block);
        });
    }
}
