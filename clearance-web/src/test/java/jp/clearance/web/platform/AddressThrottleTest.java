package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {
    private static final Set<String> BALANCERS = AddressThrottle.trusted(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void theForwardedAddressCountsOnlyFromATrustedProxy() {
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), BALANCERS);
        assertEquals("198.51.100.7", AddressThrottle.clientAddress("198.51.100.7", "203.0.113.9", BALANCERS),
                "a client cannot choose its address by sending the header");
        assertEquals("203.0.113.9", AddressThrottle.clientAddress("10.0.0.5", "203.0.113.9", BALANCERS));
        assertEquals("203.0.113.9", AddressThrottle.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.6",
                BALANCERS), "the right-most hop that is no proxy; what the client wrote before it proves nothing");
        assertEquals("10.0.0.5", AddressThrottle.clientAddress("10.0.0.5", " ", BALANCERS));
        assertEquals("10.0.0.5", AddressThrottle.clientAddress("10.0.0.5", null, BALANCERS));
        assertEquals("198.51.100.7", AddressThrottle.clientAddress("198.51.100.7", "203.0.113.9", Set.of()),
                "no proxy is trusted by default");
    }
}
