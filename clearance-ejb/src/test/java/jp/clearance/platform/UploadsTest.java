package jp.clearance.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import jp.clearance.platform.persistence.StoredFile;
import org.junit.jupiter.api.Test;

/** Bounded reading of uploads, the cleaning of their file names, and CSV cells. */
class UploadsTest {

    /** A stream of {@code length} bytes that counts what was read from it. */
    static final class Counting extends InputStream {
        long left;
        long read;

        Counting(long length) {
            left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            left -= n;
            read += n;
            return n;
        }
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        Counting in = new Counting(1000);
        assertEquals(1000, UploadBody.of(in, -1).read(1000, "x.tooLarge").length);
        assertArrayEquals(new byte[] {1, 2}, UploadBody.of(new byte[] {1, 2}).read(2, "x.tooLarge"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() {
        Counting in = new Counting(200L * 1024 * 1024);
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> UploadBody.of(in, 200L * 1024 * 1024).read(10 * 1024 * 1024, "grievance.attachmentTooLarge"));
        assertEquals(0, in.read, "nothing read");
        assertEquals("grievance.attachmentTooLarge", e.getKey());
        assertEquals(10, e.getArgs()[0]);
    }

    @Test
    void aChunkedBodyIsReadOnlyJustPastTheLimit() {
        Counting in = new Counting(200L * 1024 * 1024);
        assertThrows(TooLargeException.class, () -> UploadBody.of(in, -1).read(10 * 1024 * 1024, "x.tooLarge"));
        assertTrue(in.read <= 10 * 1024 * 1024 + 64 * 1024, "stopped at the limit: " + in.read);
    }

    @Test
    void fileNamesLoseControlFormatAndBidirectionalCharacters() {
        assertEquals("invoicefdp.exe", StoredFile.cleanName("invoice\u202Efdp.exe", "a"));
        assertEquals("abcde.txt", StoredFile.cleanName("a\u2066b\u200Fc\u0007d\u202Ae.txt", "a"));
        assertEquals("x_y_z.pdf", StoredFile.cleanName(" x/y\\z.pdf\t", "a"));
        assertEquals("attachment", StoredFile.cleanName("\u202E\u0000", "attachment"));
        assertEquals("attachment", StoredFile.cleanName(null, "attachment"));
        assertEquals("が.txt", StoredFile.cleanName("か\u3099.txt", "a"), "NFC");
        assertEquals(StoredFile.NAME_LENGTH, StoredFile.cleanName("a".repeat(1000) + ".pdf", "a").length());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreGuarded() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\t=cmd", Csv.cell("\t=cmd"));
        assertEquals("\"'\r=cmd\"", Csv.cell("\r=cmd"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("", Csv.cell(null));
        assertEquals("plain", Csv.cell("plain"));
    }
}
