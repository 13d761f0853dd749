package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dossier.check.SiteChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built seed dossier passes {@code dossier check}: links and anchors resolve, nothing loads from another host. */
class SeedSiteCheckIT {

    @TempDir
    Path work;

    @Test
    void theSeedSiteHasNoBrokenLinkAndLoadsNothingFromAnotherHost() {
        Path site = SeedSite.build(work);
        assertThat(new SiteChecker().check(site)).isEmpty();
    }
}
