package org.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Escaped text is always well-formed XML, whatever the text holds. */
class XmlTest {

    @Test
    void charactersXmlForbidsAreDroppedAndTheRestKept() throws Exception {
        String text = "A\u0001 <b>&\"\uFFFE\uFFFF\ud800x\tz\n\u00e9\ud83d\ude00";

        String escaped = Xml.escape(text);

        assertThat(escaped).isEqualTo("A &lt;b&gt;&amp;&quot;x\tz\n\u00e9\ud83d\ude00");
        String document = "<t a=\"" + escaped + "\">" + escaped + "</t>";
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(document))).getDocumentElement().getTextContent())
                .isEqualTo("A <b>&\"x\tz\n\u00e9\ud83d\ude00");
    }
}
