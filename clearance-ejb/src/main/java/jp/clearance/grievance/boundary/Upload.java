package jp.clearance.grievance.boundary;

import java.io.Serializable;

/** A file to attach: the name the uploader gave it, its declared type and its bytes. */
public record Upload(String fileName, String contentType, byte[] content) implements Serializable {
}
