package org.dossier.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of files and of every file under folders, by path and content, so the incremental build
 * can tell whether the sources that shape every page (templates, settings) changed: an editor that
 * rewrites a file unchanged or touches its timestamp changes nothing.
 */
final class SourceDigest {

    private SourceDigest() {}

    /** The digest of the files at or under {@code roots}; a path that does not exist counts as empty. */
    static String of(List<Path> roots) {
        MessageDigest digest = sha256();
        for (Path root : roots) {
            digest.update((root + "\n").getBytes(StandardCharsets.UTF_8));
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((root.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                // A file that vanished or cannot be read mid-save: let the build decide what it means.
                digest.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
