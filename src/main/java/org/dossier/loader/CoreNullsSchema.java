package org.dossier.loader;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * The JSON schema, which snakeyaml-engine reads with by default, with the other spellings of null
 * that YAML 1.2's core schema knows: {@code ~}, {@code Null} and {@code NULL} are no value, like
 * {@code null} and nothing, and not the text they are written with. The rest of the core schema
 * is left out on purpose: it reads {@code 007}, {@code +1} or {@code 0x1F} as numbers, which
 * would change a title or an author written so.
 *
 * <p>Immutable and thread-safe.
 */
final class CoreNullsSchema extends JsonSchema {

    private final ScalarResolver resolver = new Resolver();

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }

    /** The JSON schema's resolver with the core schema's other nulls added. */
    private static final class Resolver extends JsonScalarResolver {

        private static final Pattern OTHER_NULLS = Pattern.compile("^(?:~|Null|NULL)$");

        @Override
        protected void addImplicitResolvers() {
            super.addImplicitResolvers();
            addImplicitResolver(Tag.NULL, OTHER_NULLS, "~N");
        }
    }
}
