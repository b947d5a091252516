package jp.clearance.vetting.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the questionnaire: its sections and their fields. The fixed sections come first (identity, nationality,
 * family and cohabitants, employment, travel, life abroad), then one section per survey item of the reference data
 * (section code = survey item code) that asks the item's questions of the reference data one by one: each question is
 * a yes/no field named by the question's code, followed by its details field ({@code <code>_DETAILS}, required when the
 * answer is yes). A survey item without questions in the reference data asks the one question {@code answer} with
 * {@code details}. Labels are bundle keys {@code vetting.section.<code>} and {@code vetting.field.<name>}, except a
 * question's, which is its text in the reference data ({@link Field#labelJa()}, {@link Field#labelEn()}), and a
 * details field's ({@code vetting.field.details}).
 */
public final class QuestionnaireForm {
    public static final String IDENTITY = "IDENTITY";
    public static final String NATIONALITY = "NATIONALITY";
    public static final String FAMILY = "FAMILY";
    public static final String EMPLOYMENT = "EMPLOYMENT";
    public static final String TRAVEL = "TRAVEL";
    public static final String ABROAD = "ABROAD";
    /** Maximum length of a text answer. */
    public static final int TEXT_LENGTH = 1000;
    /** Maximum number of entries in a repeatable section. */
    public static final int MAX_ENTRIES = 100;

    /** How a field is entered and checked. */
    public enum FieldType { TEXT, LONG_TEXT, DATE, CHOICE }

    /** What a question's details field is called after the question's code. */
    public static final String DETAILS_SUFFIX = "_DETAILS";

    /**
     * A field. {@code labelJa}/{@code labelEn} are a question's text from the reference data (null: the label is the
     * bundle's); {@code detailsFor} names the yes/no field whose "yes" this field explains (null for the others).
     */
    public record Field(String name, FieldType type, boolean required, List<String> options, String labelJa,
                        String labelEn, String detailsFor) implements Serializable {
        static Field text(String name, boolean required) {
            return new Field(name, FieldType.TEXT, required, List.of(), null, null, null);
        }

        static Field longText(String name, boolean required) {
            return new Field(name, FieldType.LONG_TEXT, required, List.of(), null, null, null);
        }

        static Field date(String name, boolean required) {
            return new Field(name, FieldType.DATE, required, List.of(), null, null, null);
        }

        static Field choice(String name, String... options) {
            return new Field(name, FieldType.CHOICE, true, List.of(options), null, null, null);
        }

        static Field question(Question q) {
            return new Field(q.code(), FieldType.CHOICE, true, List.of("NO", "YES"), q.textJa(), q.textEn(), null);
        }

        static Field details(String name, String of) {
            return new Field(name, FieldType.LONG_TEXT, false, List.of(), null, null, of);
        }

        /** The bundle key of the label, for a field whose label is not a question's text. */
        public String labelKey() {
            return "vetting.field." + (detailsFor != null ? "details" : name);
        }
    }

    /** A question of a survey item, from the reference data. */
    public record Question(String code, String textJa, String textEn) implements Serializable {
    }

    /** A survey item and its questions in order (none: the item asks one yes/no question of its own). */
    public record SurveyArea(String code, List<Question> questions) implements Serializable {
        public SurveyArea(String code) {
            this(code, List.of());
        }
    }

    /** A section; a repeatable one holds a list of entries (jobs, trips, family members), the others exactly one. */
    public record Section(String code, boolean repeatable, boolean survey, List<Field> fields) implements Serializable {
        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    public static final List<String> RELATIONS = List.of("SPOUSE", "FATHER", "MOTHER", "CHILD", "SIBLING",
            "SPOUSE_PARENT", "COHABITANT");

    private static final List<Section> FIXED = List.of(
            new Section(IDENTITY, false, false, List.of(Field.text("domicile", true), Field.text("address", true),
                    Field.text("formerNames", false))),
            new Section(NATIONALITY, false, false, List.of(Field.text("currentNationalities", true),
                    Field.text("pastNationalities", false), Field.date("japaneseNationalitySince", false))),
            new Section(FAMILY, true, false, List.of(Field.choice("relation", RELATIONS.toArray(String[]::new)),
                    Field.text("name", true), Field.date("dateOfBirth", true), Field.text("nationality", true),
                    Field.text("pastNationalities", false), Field.text("address", true))),
            new Section(EMPLOYMENT, true, false, List.of(Field.date("from", true), Field.date("to", false),
                    Field.text("employer", true), Field.text("position", false))),
            new Section(TRAVEL, true, false, List.of(Field.date("from", true), Field.date("to", true),
                    Field.text("country", true), Field.text("purpose", false))),
            new Section(ABROAD, false, false, List.of(Field.longText("residenceAbroad", true),
                    Field.longText("foreignAccounts", true))));

    private QuestionnaireForm() {
    }

    /** Every section: the fixed ones, then one per survey item given (from the reference data), with its questions. */
    public static List<Section> sections(List<SurveyArea> survey) {
        List<Section> all = new ArrayList<>(FIXED);
        for (SurveyArea area : survey) {
            List<Field> fields = new ArrayList<>();
            if (area.questions().isEmpty()) {
                fields.add(Field.choice("answer", "NO", "YES"));
                fields.add(Field.details("details", "answer"));
            }
            for (Question q : area.questions()) {
                fields.add(Field.question(q));
                fields.add(Field.details(q.code() + DETAILS_SUFFIX, q.code()));
            }
            all.add(new Section(area.code(), false, true, List.copyOf(fields)));
        }
        return all;
    }

    /** The section of a form (as {@link #sections} made it) with this code. */
    public static Optional<Section> find(List<Section> form, String code) {
        return form.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
