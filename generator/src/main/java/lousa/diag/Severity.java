package lousa.diag;

/** How bad a diagnostic is. Warnings become errors under {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
