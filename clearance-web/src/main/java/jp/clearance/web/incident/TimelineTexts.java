package jp.clearance.web.incident;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import jp.clearance.incident.boundary.PartyRow;
import jp.clearance.incident.control.IncidentPdf;

/**
 * The timeline's notes as the incident page shows them: the bundle texts of {@link IncidentTexts}, with the parties,
 * organizations and levels a note names by id or code shown by their names (the page's own party list; a party that
 * is not on it keeps its id).
 */
final class TimelineTexts implements IncidentPdf.Texts {
    private final IncidentTexts texts;
    private final Map<Long, String> parties = new HashMap<>();
    private final Map<Long, String> people = new HashMap<>();
    private final UnaryOperator<String> organizations;
    private final UnaryOperator<String> levels;

    TimelineTexts(IncidentTexts texts, List<PartyRow> parties, UnaryOperator<String> organizations,
                  UnaryOperator<String> levels) {
        this.texts = texts;
        boolean english = "en".equals(texts.locale().getLanguage());
        for (PartyRow p : parties) {
            String name = english && p.nameEn() != null ? p.nameEn() : p.name();
            this.parties.put(p.id(), name);
            if (p.personId() != null) {
                people.put(p.personId(), name);
            }
        }
        this.organizations = organizations;
        this.levels = levels;
    }

    @Override
    public Locale locale() {
        return texts.locale();
    }

    @Override
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    @Override
    public String date(LocalDate day) {
        return texts.date(day);
    }

    @Override
    public String person(long personId) {
        String name = people.get(personId);
        return name == null ? IncidentPdf.Texts.super.person(personId) : name;
    }

    @Override
    public String party(long partyId) {
        String name = parties.get(partyId);
        return name == null ? IncidentPdf.Texts.super.party(partyId) : name;
    }

    @Override
    public String organization(String code) {
        return organizations.apply(code);
    }

    @Override
    public String level(String code) {
        return levels.apply(code);
    }
}
