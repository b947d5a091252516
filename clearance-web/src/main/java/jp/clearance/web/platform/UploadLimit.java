package jp.clearance.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** The portal's upload limit for its pages ({@code js/uploads.js}) and the way back from the "file too large" page. */
@Named("uploadLimit")
@RequestScoped
public class UploadLimit {
    @Inject
    HttpServletRequest request;

    public long getBytes() {
        return RequestGuard.PORTAL_UPLOAD_LIMIT;
    }

    /** The page the refused form was on (a path in this application), or null when unknown. */
    public String getBack() {
        String back = request.getParameter("back");
        return back != null && safe(back, request.getContextPath()) ? back : null;
    }

    /** The path and query of the page {@code referer} names, when it is a page of this application; else null. */
    static String back(String referer, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            return uri.getRawPath() != null && safe(path, contextPath) ? path : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean safe(String path, String contextPath) {
        return path.startsWith(contextPath + "/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains("/error/") && path.length() < 2000;
    }
}
