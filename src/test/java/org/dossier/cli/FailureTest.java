package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void runningOutOfMemoryAnywhereSaysHowToGiveJavaMore() {
        StringWriter err = new StringWriter();
        int status = Failure.report(new PrintWriter(err), false,
                new CompletionException(new IllegalStateException(new OutOfMemoryError("Java heap space"))));

        assertThat(status).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(err.toString()).startsWith("error: out of memory: the dossier needs more than the ")
                .containsPattern("java -Xmx\\d+g -jar dossier\\.jar")
                .doesNotContain("internal error").hasLineCount(1);
    }

    @Test
    void anyOtherFaultIsAnInternalErrorOnOneLine() {
        StringWriter err = new StringWriter();
        Failure.report(new PrintWriter(err), false, new IllegalStateException("broken\nstate"));

        assertThat(err.toString()).isEqualTo("error: internal error: java.lang.IllegalStateException: broken state"
                + " (run with --verbose for the detail)" + System.lineSeparator());
    }
}
