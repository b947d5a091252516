package jp.clearance.web.vetting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.web.platform.LocaleBacking;

/**
 * The name of a level code in the user's language, from the reference data in force today (the vetting pages show
 * names, never codes): {@code #{vettingLevels.name(r.levelCode)}}. Read once per request.
 */
@Named("vettingLevels")
@RequestScoped
public class LevelLabels {
    @Inject
    ReferenceData referenceData;

    @Inject
    ApplicationClock clock;

    @Inject
    LocaleBacking locale;

    private Map<String, String> names;

    public String name(String code) {
        if (code == null) {
            return null;
        }
        if (names == null) {
            names = new HashMap<>();
            referenceData.levels(clock.today()).forEach(l -> names.put(l.getCode(), locale.name(l.getNameJa(), l.getNameEn())));
        }
        return names.getOrDefault(code, code);
    }
}
