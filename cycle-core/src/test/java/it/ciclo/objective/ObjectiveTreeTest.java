package it.ciclo.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveTreeTest {

    private static Action action(String title) {
        return new Action(title, Optional.of("lavori-pubblici"), "", "", List.of());
    }

    @Test
    void keysReadTheCodeInFrontOfTheTitleWhateverLabelPrecedesIt() {
        assertThat(ObjectiveKey.of("1.2.3 Piste ciclabili")).isEqualTo(new ObjectiveKey(Optional.of("1.2.3"), "piste ciclabili"));
        assertThat(ObjectiveKey.of("Obiettivo operativo 1.2.3 – Piste ciclabili").code()).contains("1.2.3");
        assertThat(ObjectiveKey.of("Ob. op. 1.2.3. Piste").code()).contains("1.2.3");
        assertThat(ObjectiveKey.of("1) Comune sostenibile")).isEqualTo(new ObjectiveKey(Optional.of("1"), "comune sostenibile"));
        assertThat(ObjectiveKey.of("Piste ciclabili")).isEqualTo(new ObjectiveKey(Optional.empty(), "piste ciclabili"));
        assertThat(ObjectiveKey.of("1.2.3").matches(ObjectiveKey.of("1.2.3 Piste ciclabili"))).isTrue();
        assertThat(ObjectiveKey.of("PISTE  ciclabili!").matches(ObjectiveKey.of("1.2.3 Piste ciclabili"))).isTrue();
        assertThat(ObjectiveKey.of("1.2.4").matches(ObjectiveKey.of("1.2.3 Piste ciclabili"))).isFalse();
    }

    @Test
    void growsFromHeadingPathsMergingTheSameObjectiveWrittenTwiceAndLinksActionsToTheDeepestMatch() {
        ObjectiveTree.Builder b = ObjectiveTree.builder()
                .add(ObjectivePath.of("1 Comune sostenibile", "1.1 Mobilità", "1.1.1 Piste ciclabili"))
                .add(ObjectivePath.of("1. Comune sostenibile", "1.1 Mobilità sostenibile", "1.1.2 Parcheggi"));

        assertThat(b.link("1.1.2", action("Parcheggio via Roma"))).isTrue();
        assertThat(b.link("Piste ciclabili", action("Tratto nord"))).isTrue();
        assertThat(b.link("9.9 Inesistente", action("Orfana"))).isFalse();
        assertThat(b.link("", action("Senza obiettivo"))).isFalse();
        ObjectiveTree tree = b.build();

        assertThat(tree.directions()).hasSize(1);
        Objective mobility = tree.directions().get(0).children().get(0);
        assertThat(mobility.title()).isEqualTo("1.1 Mobilità");
        assertThat(mobility.level()).isEqualTo(ObjectiveLevel.STRATEGIC);
        assertThat(mobility.children()).extracting(Objective::title).containsExactly("1.1.1 Piste ciclabili", "1.1.2 Parcheggi");
        assertThat(mobility.children().get(1).actions()).extracting(Action::title).containsExactly("Parcheggio via Roma");
        assertThat(mobility.children().get(0).actions()).extracting(Action::title).containsExactly("Tratto nord");
        assertThat(tree.unlinked()).extracting(Action::title).containsExactly("Orfana", "Senza obiettivo");
        assertThat(tree.find("1.1.1")).map(Objective::level).contains(ObjectiveLevel.OPERATIONAL);
    }
}
