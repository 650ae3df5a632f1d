package it.ciclo.directive;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void acceptsLowerCaseWordsJoinedByHyphens() {
        assertThat(Ids.isValid("peg")).isTrue();
        assertThat(Ids.isValid("report-finale-piao")).isTrue();
        assertThat(Ids.isValid("atto-100")).isTrue();
        assertThat(Ids.isValid("a1-2b")).isTrue();
    }

    @Test
    void refusesEverythingElse() {
        assertThat(Ids.isValid(null)).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid("1peg")).isFalse();
        assertThat(Ids.isValid("-peg")).isFalse();
        assertThat(Ids.isValid("peg-")).isFalse();
        assertThat(Ids.isValid("peg--piao")).isFalse();
        assertThat(Ids.isValid("Peg")).isFalse();
        assertThat(Ids.isValid("peg.approval")).isFalse();
        assertThat(Ids.isValid("città")).isFalse();
    }

    /** isValid is written out by hand for speed; it must accept exactly what PATTERN documents. */
    @Property(tries = 5000)
    void agreesWithThePattern(@ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c')
            @CharRange(from = '0', to = '1') @Chars({'-', 'A', '.', '_', ' ', 'é'}) String id) {
        assertThat(Ids.isValid(id)).isEqualTo(Ids.PATTERN.matcher(id).matches());
    }
}
