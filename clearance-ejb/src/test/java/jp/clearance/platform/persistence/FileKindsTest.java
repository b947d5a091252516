package jp.clearance.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import jp.clearance.platform.UnsupportedFileException;
import org.junit.jupiter.api.Test;

class FileKindsTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theTypeComesFromTheContent() {
        assertEquals("application/pdf", FileKinds.typeOf("a.txt", ascii("%PDF-1.7\n...")));
        assertEquals("image/png", FileKinds.typeOf("a.pdf", ascii("\u0089PNG\r\n\u001a\n....")));
        assertEquals("image/jpeg", FileKinds.typeOf("a", ascii("\u00ff\u00d8\u00ff\u00e0..")));
        assertEquals("image/gif", FileKinds.typeOf("a.gif", ascii("GIF89a..")));
        assertEquals("text/plain; charset=UTF-8", FileKinds.typeOf("memo.txt",
                "減給の通知\r\n\t日付: 2026-01-15\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/csv; charset=UTF-8", FileKinds.typeOf("list.CSV", ascii("a,b\n1,2\n")));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileKinds.typeOf("a.docx", ascii("PK\u0003\u0004....")));
        assertEquals("application/vnd.ms-excel",
                FileKinds.typeOf("a.xls", ascii("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1....")));
    }

    @Test
    void everythingElseIsRefused() {
        for (byte[] content : new byte[][] {
                ascii("MZ\u0090\u0000\u0003"),                                  // a Windows program
                ascii("\u007fELF\u0002\u0001"),                                 // a Linux program
                ascii("PK\u0003\u0004...."),                                    // a ZIP that is no Office document
                ascii("<!DOCTYPE html><script>alert(1)</script>"),
                "\ufeff  <html><body onload=x()>".getBytes(StandardCharsets.UTF_8),
                ascii("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
                ascii("<?xml version='1.0'?><a/>"),
                {(byte) 0xC3, (byte) 0x28},                                     // not UTF-8
                {'a', 0, 'b'}}) {
            UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                    () -> FileKinds.typeOf("report.zip", content));
            assertEquals(FileKinds.NOT_ALLOWED, e.getKey());
        }
        assertThrows(UnsupportedFileException.class, () -> FileKinds.typeOf("report.zip", ascii("PK\u0003\u0004..")));
    }
}
