package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.clearance.person.control.NameSearch;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the name search keys added by V80 for every person there is, with the same function the entity uses on
 * every write ({@link NameSearch#keys}): the rule exists once, in Java, not again in the SQL of two databases. Reads
 * by id in batches of 1,000 and writes with JDBC batches, so a million people take one pass.
 */
public class V81__Person_name_search_keys extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT id, family_name_kana, given_name_kana, latin_name"
                + " FROM person WHERE id > ? ORDER BY id");
             PreparedStatement write = c.prepareStatement("UPDATE person SET name_kana_key = ?, name_latin_key = ?,"
                     + " name_latin_reversed_key = ? WHERE id = ?")) {
            read.setMaxRows(BATCH);
            int rows;
            do {
                rows = 0;
                read.setLong(1, after);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        after = r.getLong(1);
                        NameSearch.Keys keys = NameSearch.keys(r.getString(2), r.getString(3), r.getString(4));
                        write.setString(1, keys.kana());
                        write.setString(2, keys.latin());
                        write.setString(3, keys.latinReversed());
                        write.setLong(4, after);
                        write.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    write.executeBatch();
                }
            } while (rows == BATCH);
        }
    }
}
