package jp.clearance.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A path or query parameter holding the NUL character (U+0000, {@code %00}) is a 400 naming it: no text of the
 * application may contain it, and PostgreSQL refuses it in every text column, so it would otherwise end as a 500
 * wherever the text is stored (an audited read's purpose, a search). JSON bodies are checked by {@link JsonInput}.
 */
@Provider
public class NulCharacters implements ContainerRequestFilter {
    static final char NUL = '\u0000';

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                if (value != null && value.indexOf(NUL) >= 0) {
                    throw new ApiInputException(p.getKey(), "input.nul", p.getKey());
                }
            }
        }
    }
}
