package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Every page of the seed dossier passes the Nu HTML Checker without an error. */
class HtmlValidityIT {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    Path work;

    @Test
    void everyPageIsValidHtml() throws IOException, SAXException {
        Path site = SeedSite.build(work);
        List<String> pages = SeedSite.pages(site);
        assertThat(pages).contains("index.html", "search.html");
        Collector errors = new Collector();
        SimpleDocumentValidator validator = validator(errors);
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        assertThat(errors.errors).isEmpty();
    }

    private static SimpleDocumentValidator validator(ErrorHandler errors) {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, errors);
            validator.setUpValidatorAndParsers(errors, false, false);
        } catch (SAXException | SimpleDocumentValidator.SchemaReadException e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e.getMessage(), e);
        } catch (Exception e) {
            // setUpMainSchema declares Exception; anything else is a broken validator set-up too.
            throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e, e);
        }
        return validator;
    }

    /** Collects errors and fatal errors as {@code page:line:column: message}; warnings pass. */
    private static final class Collector implements ErrorHandler {

        private final List<String> errors = new ArrayList<>();
        /** The page being checked, for the messages. */
        private String page = "";

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as a missing lang guess) are advice, not errors.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
