package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Span;
import org.dossier.text.CompactText;
import org.junit.jupiter.api.Test;

class LinkMemoTest {

    private static final String HTML = "<p id=\"p1\">Kim Jong Un met the envoy in Pyongyang.</p>";
    private static final LinkTarget KIM = new LinkTarget("person/kim-jong-un", EntityKind.PERSON,
            "people/kim-jong-un.html", "Kim Jong Un", List.of(new Span("p1", 0, 11, "Kim Jong Un")));

    private final List<String> linked = new ArrayList<>();
    private final BodyLinker linker = new BodyLinker();

    @Test
    void theNextLinkReusesABodyWithTheSameTargets() {
        LinkMemo first = LinkMemo.empty();
        CompactText body = link(first, HTML, List.of(KIM));
        CompactText again = link(first.next(), HTML, List.of(KIM));

        assertThat(again).isSameAs(body);
        assertThat(again.toString()).isEqualTo(linker.link(HTML, List.of(KIM))).contains("href=\"../people/kim-jong-un.html\"");
        assertThat(linked).hasSize(1);
    }

    @Test
    void aBodyIsLinkedAgainWhenItOrAnyTargetChanged() {
        LinkMemo first = LinkMemo.empty();
        link(first, HTML, List.of(KIM));
        LinkMemo second = first.next();
        LinkTarget renamed = new LinkTarget(KIM.id(), KIM.kind(), "people/kim-jong-un-2.html", KIM.name(), KIM.spans());

        CompactText moved = link(second, HTML, List.of(renamed));
        link(second, HTML.replace("envoy", "minister"), List.of(KIM));
        link(second, HTML, List.of(new LinkTarget(KIM.id(), KIM.kind(), KIM.url(), KIM.name(), List.of())));

        assertThat(moved.toString()).contains("kim-jong-un-2.html");
        assertThat(linked).hasSize(4);
    }

    @Test
    void noMemoLinksEveryTime() {
        link(LinkMemo.NONE, HTML, List.of(KIM));
        link(LinkMemo.NONE.next(), HTML, List.of(KIM));

        assertThat(linked).hasSize(2);
    }

    private CompactText link(LinkMemo memo, String html, List<LinkTarget> targets) {
        return memo.linked(CompactText.of(html), targets, (body, to) -> {
            linked.add(body);
            return CompactText.of(linker.link(body, to));
        });
    }
}
