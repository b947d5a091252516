package jp.clearance.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameSearchTest {
    @Test
    void eachScriptSearchesItsOwnColumn() {
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor("ヤマダ"));
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor(" ヤマダ　タロウ "));
        assertEquals(NameSearch.Column.LATIN, NameSearch.columnFor("yamada"));
        assertEquals(NameSearch.Column.WRITTEN, NameSearch.columnFor("山田"));
        assertEquals(NameSearch.Column.WRITTEN, NameSearch.columnFor("やまだ"));
    }

    @Test
    void patternsArePrefixesWithWildcardsEscaped() {
        assertEquals("YAMADA%", NameSearch.prefixPattern(" yamada ", NameSearch.Column.LATIN));
        assertEquals("山田%", NameSearch.prefixPattern("山田", NameSearch.Column.WRITTEN));
        assertEquals("100\\%\\_x%", NameSearch.prefixPattern("100%_x", NameSearch.Column.WRITTEN));
    }

    @Test
    void upperBoundIsTheNextStringAfterThePrefix() {
        assertEquals("タナガ", NameSearch.upperBound("タナカ"));
        assertEquals("山由", NameSearch.upperBound(" 山田 "));
        assertEquals(true, "タナカ".compareTo(NameSearch.upperBound("タナカ")) < 0);
        assertEquals(true, "タナカンー".compareTo(NameSearch.upperBound("タナカ")) < 0);
    }
}
