package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import jp.clearance.designation.boundary.Designations;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.incident.boundary.Charges;
import org.junit.jupiter.api.Test;

/** Issue 15, item 8: the portal's CSV downloads name their columns in the reader's language, every one of them. */
class CsvHeadersTest {

    @Test
    void everyColumnOfEveryExportHasWordsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (String header : new String[] {Designations.CSV_HEADER, Charges.LEDGER_CSV_HEADER, Grievances.CSV_HEADER}) {
                for (String column : header.split(",")) {
                    assertTrue(bundle.containsKey("csv." + column), locale + ": csv." + column);
                }
            }
        }
    }

    @Test
    void onlyTheHeaderLineIsTranslated() {
        String csv = "reference_number,title,level\r\nMETI-1,\"level,title\",CONFIDENTIAL\r\n";
        assertEquals("整理番号,件名,区分\r\nMETI-1,\"level,title\",CONFIDENTIAL\r\n",
                CsvHeaders.translate(Locale.JAPANESE, csv));
        assertEquals("Reference number,Title,Level\r\nMETI-1,\"level,title\",CONFIDENTIAL\r\n",
                CsvHeaders.translate(Locale.ENGLISH, csv));
    }
}
