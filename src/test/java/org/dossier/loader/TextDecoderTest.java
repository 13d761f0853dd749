package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Path FILE = Path.of("a.md");

    @Test
    void aReplacementCharacterWrittenInTheFileIsKeptWithoutAWarning() {
        Diagnostics warnings = new Diagnostics();
        String text = "Prices \uFFFD rose \u2019quickly\u2019.\n";

        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), FILE, warnings)).contains(text);
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void aMalformedByteBesideAReplacementCharacterStillFallsBackToWindows1252() {
        Diagnostics warnings = new Diagnostics();
        byte[] bytes = {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, ' ', (byte) 0x93, 'q', (byte) 0x94};

        assertThat(TextDecoder.decode(bytes, FILE, warnings)).contains("a\u00EF\u00BF\u00BD \u201Cq\u201D");
        assertThat(warnings.sorted()).extracting(Diagnostic::message).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Line one\n\tLine two \u2014 \u00E9t\u00E9\n";

        assertThat(TextDecoder.normalise(text)).isSameAs(text);
    }

    @Test
    void everythingFromTheFirstChangeOnIsNormalised() {
        assertThat(TextDecoder.normalise("kept\r\nthen\rcut\u0007 \uFEFFmark\u007F\r")).isEqualTo("kept\nthen\ncut mark\n");
        assertThat(TextDecoder.normalise("\uFEFFstart\r\n\r\n")).isEqualTo("start\n\n");
    }

    @Test
    void noncharactersAndC1ControlsAreDropped() {
        assertThat(TextDecoder.normalise("a\uFFFEb\uFFFFc\uFDD0d\u0085e\u009Ff\uFFFDg")).isEqualTo("abcdef\uFFFDg");
    }
}
