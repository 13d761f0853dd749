package org.dossier.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final List<String> computed = new ArrayList<>();
    private final Function<String, Integer> length = text -> {
        computed.add(text);
        return text.length();
    };

    @Test
    void theNextRunReusesWhatThisOneRecorded() {
        Memo<String, Integer> first = Memo.empty();
        assertThat(first.get("kim", length)).isEqualTo(3);
        Memo<String, Integer> second = first.next();

        assertThat(second.get("kim", length)).isEqualTo(3);
        assertThat(second.get("putin", length)).isEqualTo(5);
        assertThat(computed).containsExactly("kim", "putin");
        assertThat(second.previous("kim")).contains(3);
        assertThat(second.previous("putin")).isEmpty();
    }

    @Test
    void aRunForgetsWhatItDidNotUse() {
        Memo<String, Integer> first = Memo.empty();
        first.get("kim", length);
        Memo<String, Integer> second = first.next();
        second.get("putin", length);

        second.next().get("kim", length);

        assertThat(computed).containsExactly("kim", "putin", "kim");
    }

    @Test
    void noMemoRemembersNothing() {
        Memo<String, Integer> none = Memo.none();
        none.get("kim", length);
        none.record("putin", 5);

        none.next().get("kim", length);

        assertThat(none.remembers()).isFalse();
        assertThat(Memo.empty().remembers()).isTrue();
        assertThat(computed).containsExactly("kim", "kim");
        assertThat(none.next().previous("putin")).isEmpty();
    }
}
