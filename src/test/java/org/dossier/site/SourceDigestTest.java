package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDigestTest {

    @TempDir
    Path work;

    private List<Path> roots;

    @BeforeEach
    void sources() throws IOException {
        Files.createDirectories(work.resolve("articles/sub"));
        Files.writeString(work.resolve("articles/a.txt"), "A\n");
        Files.writeString(work.resolve("articles/sub/b.md"), "B\n");
        roots = List.of(work.resolve("articles"), work.resolve("templates"));
    }

    @Test
    void aFileRewrittenUnchangedOrTouchedKeepsTheFingerprint() throws IOException {
        String before = SourceDigest.of(roots);
        Files.writeString(work.resolve("articles/a.txt"), "A\n");
        Files.setLastModifiedTime(work.resolve("articles/sub/b.md"), FileTime.fromMillis(0));
        assertThat(SourceDigest.of(roots)).isEqualTo(before);
    }

    @Test
    void anEditARenameAndANewFolderChangeIt() throws IOException {
        String before = SourceDigest.of(roots);
        Files.writeString(work.resolve("articles/a.txt"), "A!\n");
        String edited = SourceDigest.of(roots);
        assertThat(edited).isNotEqualTo(before);
        Files.move(work.resolve("articles/a.txt"), work.resolve("articles/c.txt"));
        String renamed = SourceDigest.of(roots);
        assertThat(renamed).isNotEqualTo(edited);
        Files.createDirectories(work.resolve("templates"));
        Files.writeString(work.resolve("templates/home.mustache"), "x");
        assertThat(SourceDigest.of(roots)).isNotEqualTo(renamed);
    }
}
