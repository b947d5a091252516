package jp.clearance.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import jp.clearance.organization.boundary.OrganizationFilter;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.platform.persistence.PageRequest;

/**
 * The name of an organization code in the user's language, for pages whose rows carry only the code (statistics,
 * desks, timeline notes): {@code #{organizationNames.name(code)}}. One indexed lookup per code and request; an unknown
 * code is shown as it is.
 */
@Named("organizationNames")
@RequestScoped
public class OrganizationNames {
    private static final int CANDIDATES = 20;

    @Inject
    Organizations organizations;

    @Inject
    LocaleBacking locale;

    private final Map<String, String> names = new HashMap<>();

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        return names.computeIfAbsent(code, c -> organizations.search(new OrganizationFilter(c, null, null),
                        new PageRequest(0, CANDIDATES, "code", true)).items().stream()
                .filter(o -> o.getCode().equals(c)).findFirst()
                .map(o -> locale.name(o.getNameJa(), o.getNameEn())).orElse(c));
    }
}
