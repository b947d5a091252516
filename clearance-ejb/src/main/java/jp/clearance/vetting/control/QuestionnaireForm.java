package jp.clearance.vetting.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the questionnaire: its sections and their fields. The fixed sections come first (identity, nationality,
 * family and cohabitants, employment, travel, life abroad), then one section per survey item of the reference data
 * (section code = survey item code). Labels are bundle keys {@code vetting.section.<code>} and {@code vetting.field.<name>}.
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

    public record Field(String name, FieldType type, boolean required, List<String> options) implements Serializable {
        static Field text(String name, boolean required) {
            return new Field(name, FieldType.TEXT, required, List.of());
        }

        static Field longText(String name, boolean required) {
            return new Field(name, FieldType.LONG_TEXT, required, List.of());
        }

        static Field date(String name, boolean required) {
            return new Field(name, FieldType.DATE, required, List.of());
        }

        static Field choice(String name, String... options) {
            return new Field(name, FieldType.CHOICE, true, List.of(options));
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

    /** Every section: the fixed ones, then one per survey item code given (from the reference data). */
    public static List<Section> sections(List<String> surveyCodes) {
        List<Section> all = new ArrayList<>(FIXED);
        for (String code : surveyCodes) {
            all.add(new Section(code, false, true,
                    List.of(Field.choice("answer", "NO", "YES"), Field.longText("details", false))));
        }
        return all;
    }

    public static Optional<Section> section(List<String> surveyCodes, String code) {
        return sections(surveyCodes).stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
