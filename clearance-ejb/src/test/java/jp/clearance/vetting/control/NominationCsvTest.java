package jp.clearance.vetting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NominationCsvTest {
    static final String HEADER = "employer_code,staff_number,level_code,scope\n";

    @Test
    void validLinesBecomeRowsWithTheirLineNumbers() {
        var r = NominationCsv.parse("\uFEFF" + HEADER + "METI,M-1,CONFIDENTIAL,\"指定A, 指定B\"\r\n\nTOWA,T-2,CONFIDENTIAL,研究\n");
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.rows().size());
        assertEquals(new NominationCsv.Row(2, "METI", "M-1", "CONFIDENTIAL", "指定A, 指定B"), r.rows().get(0));
        assertEquals(4, r.rows().get(1).line());
    }

    @Test
    void everyBadLineIsReportedWithItsReason() {
        var r = NominationCsv.parse(HEADER + "METI,M-1\nMETI,,CONFIDENTIAL,x\nMETI,M-3,CONFIDENTIAL,\"open\nMETI,M-4,CONFIDENTIAL,ok\n");
        assertEquals(List.of("vetting.import.columns", "vetting.import.blank", "vetting.import.quote"),
                r.errors().stream().map(NominationCsv.Error::key).toList());
        assertEquals(List.of(2, 3, 4), r.errors().stream().map(NominationCsv.Error::line).toList());
        assertEquals(List.of("staff_number"), r.errors().get(1).args());
        assertEquals(1, r.rows().size());
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRefused() {
        assertEquals("vetting.import.header", NominationCsv.parse("a,b,c,d\nx,y,z,w").errors().get(0).key());
        assertEquals("vetting.import.emptyFile", NominationCsv.parse("").errors().get(0).key(), "an empty file is said to be empty");
        assertEquals("vetting.import.emptyFile", NominationCsv.parse("\uFEFF\n").errors().get(0).key());
        assertEquals(0, NominationCsv.parse("").errors().get(0).line(), "the file as a whole");
        assertEquals("vetting.import.empty", NominationCsv.parse(HEADER).errors().get(0).key());
    }

    @Test
    void quotedQuotesAreKept() {
        assertEquals(List.of("a\"b", "c"), NominationCsv.fields("\"a\"\"b\",c"));
    }
}
