package dev.overload.reporting;

/** The file a report is written as. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=utf-8; header=present", "csv"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
