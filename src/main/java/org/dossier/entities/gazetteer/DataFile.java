package org.dossier.entities.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A vendored data file of this package: tab-separated rows after {@code #} comments and one
 * header line, or plain lines.
 */
final class DataFile {

    private DataFile() {}

    /** The rows of the tab-separated resource {@code name}, header left out. */
    static List<List<String>> rows(String name) {
        List<String> lines = lines(name);
        return lines.stream()
                .skip(1)
                .map(line -> Arrays.asList(line.split("\t", -1)))
                .toList();
    }

    /** The lines of the resource {@code name}, {@code #} comments and blank lines left out. */
    static List<String> lines(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer data missing from the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer data " + name, e);
        }
    }
}
