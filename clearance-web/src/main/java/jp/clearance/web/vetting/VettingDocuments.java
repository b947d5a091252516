package jp.clearance.web.vetting;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.vetting.boundary.Certificates;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.web.platform.Failures;

/**
 * The portal's downloads of vetting documents: {@code /vetting/documents/letter.pdf?id=} (the letter of non-consent
 * of an evaluation) and {@code /vetting/documents/certificate.pdf?id=} (the certificate of an eligibility record).
 * They belong to the portal and its session; the REST API serves the same documents to clients that send their
 * credentials, and never accepts the portal's session. The boundaries decide who may read which document.
 * {@code /vetting/documents/nomination-template.csv} is the empty nomination list to fill in: UTF-8 with a byte-order
 * mark (so that spreadsheet programs read it as UTF-8) and the header line the import expects, as documented.
 * {@code /vetting/documents/questionnaire.pdf?id=} is the person's copy of the questionnaire they submitted
 * ({@link QuestionnaireCopy}), in their language.
 */
@WebServlet(urlPatterns = {VettingDocuments.LETTER, VettingDocuments.CERTIFICATE, VettingDocuments.NOMINATION_TEMPLATE,
        VettingDocuments.QUESTIONNAIRE})
public class VettingDocuments extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String LETTER = "/vetting/documents/letter.pdf";
    static final String CERTIFICATE = "/vetting/documents/certificate.pdf";
    static final String NOMINATION_TEMPLATE = "/vetting/documents/nomination-template.csv";
    static final String QUESTIONNAIRE = "/vetting/documents/questionnaire.pdf";

    @Inject
    transient Evaluations evaluations;

    @Inject
    transient Certificates certificates;

    @Inject
    transient jp.clearance.vetting.boundary.Questionnaires questionnaires;

    @Inject
    transient jp.clearance.reference.boundary.ReferenceData reference;

    @Inject
    transient jp.clearance.platform.time.ApplicationClock clock;

    @Inject
    transient jp.clearance.web.platform.LocaleBacking locale;

    @Inject
    transient LevelLabels levels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (NOMINATION_TEMPLATE.equals(request.getServletPath())) {
            byte[] csv = ("\uFEFF" + String.join(",", jp.clearance.vetting.control.NominationCsv.HEADER) + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"nomination-template.csv\"");
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean letter = LETTER.equals(request.getServletPath());
        boolean questionnaire = QUESTIONNAIRE.equals(request.getServletPath());
        byte[] pdf;
        try {
            pdf = questionnaire ? copy(id) : letter ? evaluations.nonConsentLetter(id) : certificates.certificate(id);
        } catch (RuntimeException e) {
            Throwable cause = Failures.cause(e);
            if (cause instanceof NotFoundException || cause instanceof BusinessException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (cause instanceof EJBAccessException) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (questionnaire ? "questionnaire-"
                : letter ? "non-consent-" : "certificate-") + id + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The person's copy of their submitted questionnaire, in their language. */
    private byte[] copy(long id) {
        jp.clearance.vetting.boundary.SubmittedQuestionnaire q = questionnaires.submitted(id);
        java.util.Locale reader = locale.getLocale();
        return QuestionnaireCopy.pdf(reader, q, QuestionnaireCopy.names(reference.surveyItems(
                jp.clearance.reference.entity.Act.CESI_2024, clock.today()), reader), levels.name(q.levelCode()));
    }
}
