package jp.clearance.web.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.clearance.audit.boundary.AuditFilter;
import jp.clearance.audit.boundary.AuditRow;
import jp.clearance.audit.boundary.AuditTrail;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.Csv;
import jp.clearance.platform.pdf.PdfPages;
import jp.clearance.web.platform.Failures;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Messages;

/**
 * The auditor's exports of the audit trail as the page filters it: {@code /audit/export.csv} (UTF-8 with a byte-order
 * mark, headers and texts in the reader's language) and {@code /audit/export.pdf} (A4, the filter on top). The filter
 * travels in the query ({@code actor, action, entityType, entityId, from, to}; days as yyyy-MM-dd), so an export is a
 * plain link of the page. The boundary ({@link AuditTrail#export}) limits, audits and refuses.
 */
@WebServlet(urlPatterns = {AuditDocuments.CSV, AuditDocuments.PDF})
public class AuditDocuments extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CSV = "/audit/export.csv";
    static final String PDF = "/audit/export.pdf";
    private static final String[] COLUMNS = {"id", "occurredAt", "actor", "roles", "action", "entityType", "entityId",
            "detail", "hash"};

    @Inject
    transient AuditTrail trail;

    @Inject
    transient LocaleBacking locale;

    /** The link (within the application) of an export of what {@code filter} shows. */
    static String url(String format, AuditFilter filter) {
        StringBuilder url = new StringBuilder("pdf".equals(format) ? PDF : CSV);
        List<String> query = new ArrayList<>();
        add(query, "actor", filter.actor());
        add(query, "action", filter.action() == null ? null : filter.action().name());
        add(query, "entityType", filter.entityType());
        add(query, "entityId", filter.entityId());
        add(query, "from", filter.from() == null ? null : filter.from().toString());
        add(query, "to", filter.to() == null ? null : filter.to().toString());
        return query.isEmpty() ? url.toString() : url.append('?').append(String.join("&", query)).toString();
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            filter = new AuditFilter(request.getParameter("actor"), action(request.getParameter("action")),
                    request.getParameter("entityType"), request.getParameter("entityId"),
                    day(request.getParameter("from")), day(request.getParameter("to")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean pdf = PDF.equals(request.getServletPath());
        List<AuditRow> rows;
        try {
            rows = trail.export(filter, pdf ? "pdf" : "csv");
        } catch (RuntimeException e) {
            if (Failures.cause(e) instanceof EJBAccessException) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
        Locale reader = locale.getLocale();
        byte[] body = pdf ? pdf(reader, filter, rows) : csv(reader, rows);
        response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail." + (pdf ? "pdf" : "csv") + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static AuditAction action(String value) {
        return value == null || value.isBlank() ? null : AuditAction.valueOf(value.strip());
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** One entry's cells as the page shows them, in the order of {@link #COLUMNS}. */
    static List<String> cells(Locale locale, AuditRow r) {
        return List.of(String.valueOf(r.id()), LocaleBacking.format(locale, r.occurredAt()), AuditTexts.who(locale, r),
                AuditTexts.roles(locale, r), Messages.text(locale, "audit.action." + r.action()),
                AuditTexts.kind(locale, r.entityType()), r.entityId() == null ? "" : r.entityId(),
                r.detail() == null ? "" : AuditTexts.detail(locale, r.detail()), r.hash());
    }

    private static String header(Locale locale, String column) {
        return Messages.text(locale, "roles".equals(column) ? "audit.roles" : "audit." + column);
    }

    static byte[] csv(Locale locale, List<AuditRow> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> headers = new ArrayList<>();
        for (String c : COLUMNS) {
            headers.add(Csv.cell(header(locale, c)));
        }
        csv.append(String.join(",", headers)).append("\r\n");
        for (AuditRow r : rows) {
            csv.append(String.join(",", cells(locale, r).stream().map(Csv::cell).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(Locale locale, AuditFilter filter, List<AuditRow> rows) {
        String title = Messages.text(locale, "audit_trail.pdfTitle");
        return PdfPages.render(title, 40, page -> {
            page.line(title, 14, true);
            page.skip(6);
            page.paragraph(Messages.text(locale, "audit_trail.pdfFilter", describe(locale, filter)), 9, false);
            page.paragraph(Messages.text(locale, "audit_trail.pdfCount", rows.size()), 9, false);
            page.skip(8);
            for (AuditRow r : rows) {
                List<String> c = cells(locale, r);
                page.paragraph("#" + c.get(0) + "  " + c.get(1) + "  " + c.get(2)
                        + (c.get(3).isEmpty() ? "" : "  " + c.get(3)), 8, false);
                page.paragraph("    " + c.get(4) + "  " + c.get(5) + (c.get(6).isEmpty() ? "" : " " + c.get(6))
                        + (c.get(7).isEmpty() ? "" : "  " + c.get(7)), 8, false);
                page.skip(3);
            }
        });
    }

    private static String describe(Locale locale, AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            parts.add(Messages.text(locale, "audit.actor") + " " + f.actor().strip());
        }
        if (f.action() != null) {
            parts.add(Messages.text(locale, "audit.action") + " " + Messages.text(locale, "audit.action." + f.action()));
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            parts.add(Messages.text(locale, "audit.entityType") + " " + AuditTexts.kind(locale, f.entityType()));
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            parts.add(Messages.text(locale, "audit.entityId") + " " + f.entityId().strip());
        }
        if (f.from() != null) {
            parts.add(Messages.text(locale, "audit_trail.from") + " " + LocaleBacking.format(locale, f.from()));
        }
        if (f.to() != null) {
            parts.add(Messages.text(locale, "audit_trail.to") + " " + LocaleBacking.format(locale, f.to()));
        }
        return parts.isEmpty() ? Messages.text(locale, "audit_trail.pdfNoFilter") : String.join(" / ", parts);
    }
}
