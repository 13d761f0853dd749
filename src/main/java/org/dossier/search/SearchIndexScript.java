package org.dossier.search;

import java.util.List;
import java.util.function.Consumer;
import org.dossier.markdown.Block;
import org.dossier.render.PageSink;
import org.dossier.text.JsonString;
import org.dossier.text.TextParts;

/**
 * Writes a {@link SearchIndex} as a script that assigns the global {@code DOSSIER_SEARCH}, so the
 * search page can load it with a {@code <script>} element: browsers refuse {@code fetch} of a
 * JSON file from {@code file://}.
 *
 * <p>The shape is positional to stay small: {@code {"a": [[url, title, meta, [[blockId, text],
 * ...]], ...], "e": [[url, name, kind, [alias, ...], [articlePosition, ...]], ...]}}.
 */
public final class SearchIndexScript {

    /** The global the script assigns. */
    public static final String GLOBAL = "DOSSIER_SEARCH";

    private SearchIndexScript() {}

    /**
     * The script of {@code index}, in parts to be joined (see {@link PageSink#write(String,
     * Iterable)}): the opening, each entry after its separator, the closing. A large dossier's
     * index is too long to hold as one string: each entry is made on its own, as it is read.
     */
    public static TextParts parts(SearchIndex index) {
        return new TextParts()
                .add("window." + GLOBAL + "={\"a\":[")
                .addSeparated(index.articles(), doc -> entry(out -> doc(out, doc)), "", ",\n")
                .add("],\n\"e\":[")
                .addSeparated(index.entities(), name -> entry(out -> name(out, name)), "", ",\n")
                .add("]};\n");
    }

    private static String entry(Consumer<StringBuilder> writer) {
        StringBuilder out = new StringBuilder();
        writer.accept(out);
        return out.toString();
    }

    private static void doc(StringBuilder out, SearchIndex.Doc doc) {
        out.append('[');
        string(out, doc.url()).append(',');
        string(out, doc.title()).append(',');
        string(out, doc.meta()).append(",[");
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            out.append(i > 0 ? ",[" : "[");
            string(out, blocks.get(i).id()).append(',');
            string(out, blocks.get(i).text()).append(']');
        }
        out.append("]]");
    }

    private static void name(StringBuilder out, SearchIndex.Name name) {
        out.append('[');
        string(out, name.url()).append(',');
        string(out, name.name()).append(',');
        string(out, name.kind()).append(",[");
        for (int i = 0; i < name.aliases().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, name.aliases().get(i));
        }
        out.append("],[");
        for (int i = 0; i < name.articles().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(name.articles().get(i));
        }
        out.append("]]");
    }

    private static StringBuilder string(StringBuilder out, String text) {
        return JsonString.append(out, text);
    }
}
