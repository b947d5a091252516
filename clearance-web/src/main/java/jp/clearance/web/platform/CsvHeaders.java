package jp.clearance.web.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.clearance.platform.Csv;

/**
 * The header line of a CSV export in the reader's language for the portal's downloads. The boundaries write their
 * exports with machine column names ({@code reference_number,title,...}), which the REST API keeps for programs; a
 * person who downloads from the portal reads the columns in words ({@code csv.<column>}: 整理番号,件名,...).
 */
public final class CsvHeaders {
    private CsvHeaders() {
    }

    /** {@code csv} with its first line's column names in the reader's language; the rows unchanged. */
    public static String translate(Locale locale, String csv) {
        if (csv == null || csv.isEmpty()) {
            return csv;
        }
        int end = csv.indexOf("\r\n");
        String header = end < 0 ? csv : csv.substring(0, end);
        String words = Arrays.stream(header.split(",", -1))
                .map(column -> Csv.cell(Messages.text(locale, "csv." + column)))
                .collect(Collectors.joining(","));
        return end < 0 ? words : words + csv.substring(end);
    }
}
