package org.dossier.cli;

/** The exit statuses of every command. */
public final class ExitCodes {

    /** Success; warnings allowed. */
    public static final int OK = 0;
    /** The input or the site has errors. */
    public static final int INPUT_ERROR = 1;
    /** The command line is wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
