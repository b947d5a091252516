package jp.clearance.web.grievance;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.Upload;
import jp.clearance.grievance.control.Attachments;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.web.platform.Ui;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Translates between the pages' file inputs and the boundaries' {@link Upload}s, and files into downloads. A file
 * larger than the limit is refused here before it is read (the boundary checks again).
 */
final class Uploads {
    private Uploads() {
    }

    /** The chosen file, or {@code null} when none was chosen. */
    static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    /** The file as an upload, or {@code null} with a message shown (too large, unreadable). */
    static Upload read(Part part, Ui ui) {
        if (part.getSize() > Attachments.MAX_BYTES) {
            ui.error("error.grievance.attachmentTooLarge", Attachments.MAX_BYTES / (1024 * 1024));
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes());
        } catch (IOException e) {
            ui.error("error.unexpected");
            return null;
        }
    }

    /**
     * Attaches the chosen file through {@code attach} (the boundary's call) and shows that it was attached; {@code null}
     * with a message when no file was chosen, it cannot be read, or the boundary refuses it.
     */
    static <T> T attach(Part part, Ui ui, Function<Upload, T> attach) {
        if (!chosen(part)) {
            ui.error("grievance_attachments.chooseFile");
            return null;
        }
        Upload file = read(part, ui);
        return file == null ? null : ui.attempt(() -> attach.apply(file), "grievance_attachments.attached");
    }

    /** The file of the row as a download, read through {@code read} (the boundary's call; a refusal is shown). */
    static StreamedContent download(AttachmentView row, Ui ui, Supplier<GrievanceAttachment> read) {
        GrievanceAttachment a = ui.attempt(read, null);
        byte[] bytes = a == null ? new byte[0] : a.getContent();
        return DefaultStreamedContent.builder().name(row.fileName()).contentType(row.contentType())
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
