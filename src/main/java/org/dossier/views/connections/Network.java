package org.dossier.views.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.views.EntityRef;

/**
 * The part of the co-mention graph worth drawing: the best-connected entities, and for each only
 * its strongest links, so that a few hubs named everywhere do not turn the drawing into a
 * hairball.
 *
 * <p>Nodes are the {@value #MAX_NODES} entities the most articles name, then with the most
 * co-mentions (summed over partners), ties by name: one article that names many people does not
 * crowd out the names that recur. An edge between two of them is kept when it is among the {@value #EDGES_PER_NODE}
 * strongest of either end, by {@link CoMention#strength()} (which discounts hubs), then count.
 *
 * @param nodes the entities drawn, best connected first
 * @param edges the links drawn
 */
public record Network(List<EntityRef> nodes, List<CoMention> edges) {

    /** The most entities drawn. */
    public static final int MAX_NODES = 40;
    /** The strongest links kept per entity. */
    public static final int EDGES_PER_NODE = 4;

    private static final Comparator<CoMention> STRONGEST = Comparator
            .comparingDouble(CoMention::strength).reversed()
            .thenComparing(Comparator.comparingInt(CoMention::count).reversed())
            .thenComparing(CoMentions.ORDER);

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The network of {@code mentions}. */
    public static Network of(CoMentions mentions) {
        List<EntityRef> nodes = mentions.paired().stream()
                .sorted(Comparator.comparing((EntityRef e) -> -mentions.articleCount(e.id()))
                        .thenComparing(e -> -mentions.weight(e.id()))
                        .thenComparing(EntityRef::name).thenComparing(EntityRef::id))
                .limit(MAX_NODES)
                .toList();
        Set<String> drawn = new HashSet<>(nodes.stream().map(EntityRef::id).toList());
        List<CoMention> candidates = mentions.among(drawn).stream().sorted(STRONGEST).toList();
        List<CoMention> edges = new ArrayList<>();
        for (EntityRef node : nodes) {
            candidates.stream().filter(p -> p.involves(node.id())).limit(EDGES_PER_NODE)
                    .filter(p -> !edges.contains(p)).forEach(edges::add);
        }
        edges.sort(STRONGEST);
        return new Network(nodes, edges);
    }
}
