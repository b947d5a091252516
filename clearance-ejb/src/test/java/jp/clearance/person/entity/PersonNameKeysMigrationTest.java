package jp.clearance.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The name search keys of the people there were before V80: the real migrations on an in-memory H2, up to V73, then
 * 2,501 people (more than two of V81's batches), then the rest; every row gets the keys the entity would write.
 */
class PersonNameKeysMigrationTest {
    private static final String URL = "jdbc:h2:mem:person-name-keys;DB_CLOSE_DELAY=-1";
    private static final int PEOPLE = 2501;

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(target).load();
    }

    @Test
    void existingPeopleGetTheKeysTheEntityWouldWrite() throws SQLException {
        flyway("73").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO organization (id, version, code, kind, name_ja, name_en, central, own_investigation,"
                        + " active, created_at, created_by, updated_at, updated_by) VALUES (900, 0, 'T', 'ORGAN', '試験',"
                        + " 'Test', FALSE, FALSE, TRUE, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, version, family_name, given_name,"
                    + " family_name_kana, given_name_kana, latin_name, date_of_birth, nationalities, employer_id, active,"
                    + " created_at, created_by, updated_at, updated_by) VALUES (?, 0, '佐藤', '太郎', 'サトウ', ?, ?,"
                    + " DATE '1980-01-01', 'JP', 900, TRUE, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')")) {
                for (int i = 1; i <= PEOPLE; i++) {
                    p.setLong(1, 5000 + i);
                    p.setString(2, i == PEOPLE ? "キョウコ" : "タロウ");
                    p.setString(3, i % 2 == 0 ? null : "Taro Satoh");
                    p.addBatch();
                }
                p.executeBatch();
            }
        }

        flyway("latest").migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM person WHERE name_kana_key = 'サトー タロー'")) {
                r.next();
                assertEquals(PEOPLE - 1, r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("SELECT name_kana_key, name_latin_key, name_latin_reversed_key FROM person"
                    + " WHERE id = " + (5000 + PEOPLE))) {
                r.next();
                assertEquals("サトー キヨーコ", r.getString(1), "the last row, in the last batch");
                assertEquals("TARO SATO", r.getString(2));
                assertEquals("SATO TARO", r.getString(3));
            }
            try (ResultSet r = s.executeQuery("SELECT name_latin_key, name_latin_reversed_key FROM person WHERE id = 5002")) {
                r.next();
                assertNull(r.getString(1));
                assertNull(r.getString(2));
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM person WHERE name_latin_reversed_key = 'SATO TARO'")) {
                r.next();
                assertEquals((PEOPLE + 1) / 2, r.getInt(1));
            }
        }
    }
}
