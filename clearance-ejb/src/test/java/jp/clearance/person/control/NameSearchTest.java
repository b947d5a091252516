package jp.clearance.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSearchTest {

    @Test
    void theScriptOfTheTextChoosesTheColumn() {
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor("ヤマダ"));
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor(" ヤマダ　タロウ "));
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor("やまだ"), "hiragana searches the reading too");
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor("ｻﾄｳ"), "half-width katakana too");
        assertEquals(NameSearch.Column.KANA, NameSearch.columnFor("サト-"));
        assertEquals(NameSearch.Column.LATIN, NameSearch.columnFor("yamada"));
        assertEquals(NameSearch.Column.LATIN, NameSearch.columnFor("Ｓａｔｏ"), "full-width Latin");
        assertEquals(NameSearch.Column.LATIN, NameSearch.columnFor("Satō"));
        assertEquals(NameSearch.Column.WRITTEN, NameSearch.columnFor("山田"));
        assertEquals(NameSearch.Column.WRITTEN, NameSearch.columnFor("山だ"));
    }

    @Test
    void kanaInEitherScriptAndWidthAndWithLongVowelsHasOneKey() {
        for (String typed : List.of("サトウ", "さとう", "ｻﾄｳ", "サトー", "さとー", "ｻﾄｰ", "サト－", "サトオ")) {
            assertEquals("サトー", NameSearch.kanaKey(typed), typed);
        }
        assertEquals("オーノ", NameSearch.kanaKey("オオノ"));
        assertEquals("オーノ", NameSearch.kanaKey("おーの"));
        assertEquals("オノ", NameSearch.kanaKey("オノ"), "a short vowel stays short: 小野 is not 大野");
        assertEquals("キヨーコ", NameSearch.kanaKey("キョウコ"), "small kana written large");
        assertEquals("キヨーコ", NameSearch.kanaKey("きょーこ"));
        assertEquals("ユーキ", NameSearch.kanaKey("ユウキ"));
        assertEquals("ガク", NameSearch.kanaKey("ｶﾞｸ"), "half-width voiced kana become one character");
        assertEquals("ミズホ", NameSearch.kanaKey("ミヅホ"));
        assertEquals("ケイコ", NameSearch.kanaKey("ケイコ"), "エイ is left as written");
    }

    @Test
    void aPersonsKanaKeyIsFamilyThenGivenReading() {
        assertEquals("サトー タロー", NameSearch.kanaKey("サトウ", "タロウ"));
        assertEquals("サトー ウメ", NameSearch.kanaKey("サトウ", "ウメ"), "a word boundary lengthens no vowel");
        assertEquals("サトー タ", NameSearch.kanaKey(" さとう　 た "));
    }

    @Test
    void latinNamesIgnoreCaseWidthAccentsAndLongVowelSpellings() {
        for (String typed : List.of("Sato", "sato", "SATO", "Satō", "Satou", "Satoh", "Satoo", "Ｓａｔｏ", " sato ")) {
            assertEquals("SATO", NameSearch.latinKey(typed), typed);
        }
        assertEquals("ONO", NameSearch.latinKey("Ohno"));
        assertEquals("ONO", NameSearch.latinKey("Ōno"));
        assertEquals("OHARA", NameSearch.latinKey("Ohara"), "an H before a vowel is a consonant");
        assertEquals(NameSearch.latinKey("Jon"), NameSearch.latinKey("John"), "the price of OH: John finds Jon too");
        assertEquals("YUKI", NameSearch.latinKey("Yuuki"));
        assertEquals("YUKI", NameSearch.latinKey("Yūki"));
        assertEquals("SHINICHI O BRIEN", NameSearch.latinKey("Shin'ichi  O-Brien"));
    }

    @Test
    void latinNamesAreKeptInBothOrders() {
        assertEquals("TARO SATO", NameSearch.latinKey("Taro Sato"));
        assertEquals("SATO TARO", NameSearch.reversedLatinKey("Taro Sato"));
        assertEquals("SMITH MARY ANN", NameSearch.reversedLatinKey("Mary Ann Smith"));
        assertNull(NameSearch.reversedLatinKey("Madonna"));
        assertNull(NameSearch.reversedLatinKey(null));
        NameSearch.Keys keys = NameSearch.keys("サトウ", "タロウ", "Taro Satoh");
        assertEquals(new NameSearch.Keys("サトー タロー", "TARO SATO", "SATO TARO"), keys);
        assertEquals(new NameSearch.Keys("サトー タロー", null, null), NameSearch.keys("サトウ", "タロウ", ""));
    }

    @Test
    void theKeyOfAPrefixIsAPrefixOfTheKey() {
        for (String name : List.of("サトウ タロウ", "キョウコ", "オオノ", "ｻﾄｳ", "Taro Satoh", "Ohara", "Yuuki Ohno")) {
            String full = NameSearch.criterion(name).orElseThrow().key();
            for (int i = 1; i <= name.length(); i++) {
                String prefix = name.substring(0, i);
                if (prefix.isBlank()) {
                    continue;
                }
                NameSearch.Criterion c = NameSearch.criterion(prefix).orElseThrow();
                assertTrue(full.startsWith(c.key()), prefix + " → " + c.key() + " is no prefix of " + full);
            }
        }
    }

    @Test
    void aCriterionSearchesOneIndexedPrefixRangeOfTheKey() {
        NameSearch.Criterion kana = NameSearch.criterion(" さとう ").orElseThrow();
        assertEquals(NameSearch.Column.KANA, kana.column());
        assertEquals("(p.nameKanaKey like :nameLike and p.nameKanaKey >= :nameLo and p.nameKanaKey < :nameHi)",
                kana.jpql("p"));
        assertEquals("サトー%", kana.parameters().get("nameLike"));
        assertEquals("サトー", kana.parameters().get("nameLo"));
        assertEquals("サト\u30FD", kana.parameters().get("nameHi"));

        NameSearch.Criterion latin = NameSearch.criterion("sato").orElseThrow();
        assertTrue(latin.jpql("e.person").contains("e.person.nameLatinKey like :nameLike"), latin.jpql("e.person"));
        assertTrue(latin.jpql("e.person").contains(" or (e.person.nameLatinReversedKey like :nameLike"));
        assertTrue(!latin.jpql("p").contains("upper("), "no function on the column");
        assertEquals("SATO%", latin.parameters().get("nameLike"));

        NameSearch.Criterion written = NameSearch.criterion("佐藤").orElseThrow();
        assertEquals("(p.familyName like :nameLike and p.familyName >= :nameLo and p.familyName < :nameHi)",
                written.jpql("p"));
        assertEquals("佐藤%", written.parameters().get("nameLike"));
        assertEquals("佐藥", written.parameters().get("nameHi"));
        assertTrue(NameSearch.criterion("  ").isEmpty());
        assertTrue(NameSearch.criterion(null).isEmpty());
    }

    @Test
    void wildcardsInTheTextMatchLiterally() {
        assertEquals("100\\%\\_X%", NameSearch.criterion("100%_x").orElseThrow().parameters().get("nameLike"));
        assertEquals("\\%\\_%", NameSearch.criterion("%_").orElseThrow().parameters().get("nameLike"));
        assertEquals("'", NameSearch.criterion("'").orElseThrow().key(), "a text without letters finds nobody");
    }

    @Test
    void theUpperBoundIsTheNextStringAfterEveryMatch() {
        assertEquals("タナガ", NameSearch.upperBound("タナカ"));
        assertEquals("山由", NameSearch.upperBound(" 山田 "));
        assertTrue("タナカ".compareTo(NameSearch.upperBound("タナカ")) < 0);
        assertTrue("タナカンー".compareTo(NameSearch.upperBound("タナカ")) < 0);
    }
}
