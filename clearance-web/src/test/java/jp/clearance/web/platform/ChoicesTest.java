package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void convertsBackWhatWasOffered() {
        Choices choices = new Choices();
        choices.offer(List.of(new Choice(7, "seven"), new Choice(8, "eight")));
        choices.remember(new Choice(1, "current"));

        assertEquals(new Choice(8, "eight"), choices.getAsObject(null, null, "8"));
        assertEquals(new Choice(1, "current"), choices.getAsObject(null, null, " 1 "));
        assertEquals("7", choices.getAsString(null, null, new Choice(7, "seven")));
    }

    @Test
    void emptyIsNoChoice() {
        Choices choices = new Choices();
        assertNull(choices.getAsObject(null, null, ""));
        assertNull(choices.getAsObject(null, null, null));
        assertEquals("", choices.getAsString(null, null, null));
        assertNull(choices.remember(null));
    }

    @Test
    void refusesWhatWasNeverOffered() {
        Choices choices = new Choices();
        choices.offer(List.of(new Choice(7, "seven")));
        assertThrows(ConverterException.class, () -> choices.getAsObject(null, null, "9"));
        assertThrows(ConverterException.class, () -> choices.getAsObject(null, null, "abc"));
    }
}
