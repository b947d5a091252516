package jp.clearance.platform;

/** One cell of a CSV export (RFC 4180 quoting), safe to open in a spreadsheet. */
public final class Csv {
    private Csv() {
    }

    /**
     * The value as a cell: empty for null; a text a spreadsheet would take as a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}; quoted when it holds a
     * comma, a quote or a line break.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s; // no formula injection when opened in a spreadsheet
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
