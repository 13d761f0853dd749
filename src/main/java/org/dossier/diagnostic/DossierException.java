package org.dossier.diagnostic;

/**
 * The failure of a step on a given input: carries the {@link Diagnostic} users see as one line.
 * The cause, if any, is shown only with {@code --verbose}.
 */
public final class DossierException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public DossierException(Diagnostic diagnostic) {
        this(diagnostic, null);
    }

    public DossierException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    /** The one-line description of what failed and where. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
