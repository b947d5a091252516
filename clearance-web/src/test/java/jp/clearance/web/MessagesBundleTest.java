package jp.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete: the same keys in Japanese and English, and every key a view uses exists. */
class MessagesBundleTest {
    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\](?!\\.concat)");
    private static final Pattern CONCAT_PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/jp/clearance/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "faces"}) {
            Set<String> ja = new TreeSet<>(load(bundle + "_ja.properties").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames());
            Set<String> onlyJa = new TreeSet<>(ja);
            onlyJa.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(ja);
            assertEquals(Set.of(), onlyJa, bundle + ": keys missing in English");
            assertEquals(Set.of(), onlyEn, bundle + ": keys missing in Japanese");
        }
    }

    @Test
    void japaneseTextsAreJapanese() throws IOException {
        Properties ja = load("messages_ja.properties");
        Properties en = load("messages_en.properties");
        long same = ja.stringPropertyNames().stream()
                .filter(k -> ja.getProperty(k).equals(en.getProperty(k)) && ja.getProperty(k).matches(".*[a-z]{4,}.*"))
                .count();
        assertEquals(0, same, "an English text was copied into the Japanese bundle");
    }

    @Test
    void everyKeyAViewUsesExistsInBothLanguages() throws IOException {
        Properties ja = load("messages_ja.properties");
        Properties en = load("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(view);
                Matcher m = KEY_IN_VIEW.matcher(text);
                while (m.find()) {
                    checked++;
                    if (!ja.containsKey(m.group(1)) || !en.containsKey(m.group(1))) {
                        missing.add(view.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher prefix = CONCAT_PREFIX.matcher(text);
                while (prefix.find()) {
                    String p = prefix.group(1);
                    if (ja.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                        missing.add(view.getFileName() + ": " + p + "*");
                    }
                }
            }
        }
        assertTrue(checked > 50, "the views were found");
        assertEquals(Set.of(), missing, "keys used by views but missing in a bundle");
    }
}
