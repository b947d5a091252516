package jp.clearance.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void pageSizeIsCappedSoNoRequestLoadsAWholeTable() {
        assertEquals(PageRequest.MAX_SIZE, PageRequest.of(0, 1_000_000).size());
        assertEquals(1, PageRequest.of(0, 0).size());
        assertEquals(0, PageRequest.of(-5, 10).first());
        assertEquals(20, PageRequest.of(40, 20).size());
    }
}
