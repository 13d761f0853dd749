package org.dossier.loader;

/** The fallback title of an article that gives none: its file name without folder or extension. */
final class Titles {

    private Titles() {}

    /** {@code world/000_kim.txt} gives {@code 000_kim}. */
    static String fromFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
