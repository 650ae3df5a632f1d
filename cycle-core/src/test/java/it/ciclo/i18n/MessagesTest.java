package it.ciclo.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.calendar.DayKind;
import it.ciclo.calendar.Roll;
import it.ciclo.check.Severity;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.directive.ActKind;
import it.ciclo.submission.SubmissionStatus;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void italianAndEnglishHaveTheSameKeys() throws Exception {
        Properties it = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(it.stringPropertyNames());
    }

    @Test
    void noKeyIsWrittenTwice() throws Exception {
        // Properties keeps the last of two lines with one key: the first text would silently be lost.
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessagesTest.class.getResourceAsStream("/it/ciclo/i18n/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(p.getProperty(key))).as(file + " " + key).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void apostrophesAreDoubledSoThatMessageFormatKeepsThem() throws Exception {
        // A lone ' starts a quoted section in MessageFormat and disappears from the output: only
        // quoting a literal brace or bracket is meant.
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String lone = p.getProperty(key).replace("''", "").replaceAll("'[{\\[][^']*'", "");
                assertThat(lone).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyNamedValueHasANameInBothLanguages() {
        Stream.of(DayKind.values(), Roll.values(), ActKind.values(), DeadlineKind.values(), SubmissionStatus.values(),
                Severity.values()).flatMap(Stream::of).map(v -> (Localizable) v).forEach(v -> {
                    assertThat(v.describe(Locale.ITALIAN)).as(v + " in Italian").isNotBlank();
                    assertThat(v.describe(Locale.ENGLISH)).as(v + " in English").isNotBlank();
                });
        assertThat(DayKind.SUNDAY.describe(Locale.ITALIAN)).isEqualTo("di domenica");
        assertThat(DayKind.SUNDAY.describe(Locale.ENGLISH)).isEqualTo("on a Sunday");
    }

    @Test
    void rendersDatesNestedMessagesAndListingsInTheSameLanguage() {
        Message m = Message.of("rule.days", 20, Message.of("ref.event", "l'approvazione del bilancio"),
                LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 9));

        assertThat(m.render(Locale.ITALIAN)).isEqualTo("20 giorni dopo l'approvazione del bilancio (20/12/2023) → 09/01/2024");
        assertThat(m.render(Locale.ENGLISH)).isEqualTo("20 days after l'approvazione del bilancio (2023-12-20) → 2024-01-09");
        assertThat(new Listing(java.util.List.of(LocalDate.of(2024, 1, 31), Roll.NONE)).describe(Locale.ENGLISH))
                .isEqualTo("2024-01-31; not moved");
    }

    @Test
    void singularAndPluralAndNumbersShownAsWritten() {
        Message one = Message.of("rule.days.pending", 1, Message.of("ref.event", "il decreto"), "il decreto");
        Message many = Message.of("rule.workingDays.before.pending", 10, Message.of("ref.event", "il decreto"), "il decreto");

        assertThat(one.render(Locale.ITALIAN)).startsWith("1 giorno dopo il decreto");
        assertThat(one.render(Locale.ENGLISH)).startsWith("1 day after il decreto");
        assertThat(many.render(Locale.ITALIAN)).startsWith("10 giorni lavorativi antecedenti il decreto");
        assertThat(Message.of("format.cycle.order", 2023, 2024).render(Locale.ITALIAN))
                .isEqualTo("l'ultimo anno (2023) precede il primo (2024)");
    }

    @Test
    void otherLanguagesGetItalianNotTheMachinesLanguage() {
        Message m = Message.of("severity.error");

        assertThat(m.render(Locale.GERMAN)).isEqualTo("errore");
        assertThat(m.render(Locale.forLanguageTag("en-GB"))).isEqualTo("error");
        assertThat(m).hasToString("errore");
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> Message.of("no.such.key").render(Locale.ITALIAN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.key");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/it/ciclo/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
