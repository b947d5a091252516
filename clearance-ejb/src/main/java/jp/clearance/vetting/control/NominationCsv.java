package jp.clearance.vetting.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a nomination list (UTF-8 CSV, RFC 4180 quoting, a header line first):
 * {@code employer_code,staff_number,level_code,scope}. Each data line becomes a {@link Row} with its line number, or an
 * {@link Error} when its shape is wrong; whether the person and level exist is checked by the boundary.
 */
public final class NominationCsv {
    public static final List<String> HEADER = List.of("employer_code", "staff_number", "level_code", "scope");
    /** More lines than this are refused: a list is split by the organ instead. */
    public static final int MAX_ROWS = 2000;

    public record Row(int line, String employerCode, String staffNumber, String levelCode, String scope)
            implements Serializable {
    }

    /** A problem with a line (0 for the file as a whole), as a bundle key with arguments. */
    public record Error(int line, String key, List<String> args) implements Serializable {
    }

    public record Result(List<Row> rows, List<Error> errors) implements Serializable {
    }

    private NominationCsv() {
    }

    public static Result parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        if (text == null || text.replace("\uFEFF", "").isBlank()) {
            // Nothing at all (not even the header): the file is empty.
            errors.add(new Error(0, "vetting.import.emptyFile", List.of()));
            return new Result(rows, errors);
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r?\n", -1);
        List<String> header = fields(lines[0]);
        if (header == null || !header.stream().map(h -> h.trim().toLowerCase()).toList().equals(HEADER)) {
            errors.add(new Error(1, "vetting.import.header", List.of(String.join(",", HEADER))));
            return new Result(rows, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() + errors.size() >= MAX_ROWS) {
                errors.add(new Error(line, "vetting.import.tooMany", List.of(Integer.toString(MAX_ROWS))));
                break;
            }
            List<String> f = fields(lines[i]);
            if (f == null) {
                errors.add(new Error(line, "vetting.import.quote", List.of()));
            } else if (f.size() != HEADER.size()) {
                errors.add(new Error(line, "vetting.import.columns", List.of(Integer.toString(HEADER.size()),
                        Integer.toString(f.size()))));
            } else {
                List<String> missing = new ArrayList<>();
                for (int c = 0; c < f.size(); c++) {
                    if (f.get(c).isBlank()) {
                        missing.add(HEADER.get(c));
                    }
                }
                if (!missing.isEmpty()) {
                    errors.add(new Error(line, "vetting.import.blank", List.of(String.join(", ", missing))));
                } else {
                    rows.add(new Row(line, f.get(0).trim(), f.get(1).trim(), f.get(2).trim(), f.get(3).trim()));
                }
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new Error(0, "vetting.import.empty", List.of()));
        }
        return new Result(rows, errors);
    }

    /** The fields of one line, or null if a quote is not closed. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }
}
