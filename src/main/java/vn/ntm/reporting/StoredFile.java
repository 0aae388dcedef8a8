package vn.ntm.reporting;

/** A file to download: an attachment of a report or a generated document. */
public record StoredFile(String filename, String mediaType, byte[] content) {
}
