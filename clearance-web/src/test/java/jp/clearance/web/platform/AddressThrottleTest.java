package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void onlyATestServerExemptsItsOwnLoopbackAddressAndNoOtherAddress() {
        AddressThrottle production = new AddressThrottle(false);
        AddressThrottle testServer = new AddressThrottle(true);
        for (int i = 0; i < AddressThrottle.FREE_FAILURES + 1; i++) {
            for (String address : new String[] {"127.0.0.1", "127.0.0.2", "0:0:0:0:0:0:0:1"}) {
                production.failed(AddressThrottle.LOGIN, address);
                testServer.failed(AddressThrottle.LOGIN, address);
            }
        }
        assertTrue(production.blockedFor(AddressThrottle.LOGIN, "127.0.0.1") > 0, "throttled in production");
        assertTrue(production.blockedFor(AddressThrottle.LOGIN, "0:0:0:0:0:0:0:1") > 0);
        assertEquals(0, testServer.blockedFor(AddressThrottle.LOGIN, "127.0.0.1"));
        assertEquals(0, testServer.blockedFor(AddressThrottle.LOGIN, "0:0:0:0:0:0:0:1"));
        assertTrue(testServer.blockedFor(AddressThrottle.LOGIN, "127.0.0.2") > 0, "the other local addresses are not exempt");
    }
}
