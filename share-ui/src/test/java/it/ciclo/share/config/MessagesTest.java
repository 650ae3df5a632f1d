package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.ShareConfig;
import it.ciclo.share.support.ShareIndex;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.Xml;
import it.ciclo.submission.SubmissionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every label the module uses is in each of its bundles (Italian default, {@code _it}, {@code _en}) or
 * in Share's global bundles with an Italian translation; apostrophes follow Share's MessageFormat rule;
 * the status words are cycle-core's.
 */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern MSG_CALL = Pattern.compile("msg\\(\"([A-Za-z0-9._-]+)\"");

    @Test
    void everyLabelOfTheConfigIsInEachBundleOrInShareItalianBundle() {
        ShareConfig config = ShareConfig.load();
        Set<String> keys = new LinkedHashSet<>();
        for (Element e : Xml.all(config.xml(), "*")) {
            for (String attribute : List.of("label-id", "help-id", "label")) {
                if (e.hasAttribute(attribute)) {
                    keys.add(e.getAttribute(attribute));
                }
            }
        }
        for (Element aspect : Xml.all(config.section("string-compare", "DocumentLibrary").element(), "aspect")) {
            keys.add("aspect." + aspect.getAttribute("name").replace(':', '_'));
        }
        for (Element indicator : Xml.all(config.xml(), "indicator")) {
            keys.add(indicator.hasAttribute("label") ? indicator.getAttribute("label") : "status." + indicator.getAttribute("id"));
        }
        for (String dashlet : ShareModule.DASHLET_NAMES) {
            keys.add("dashlet." + dashlet + ".shortName");
            keys.add("dashlet." + dashlet + ".description");
        }
        keys.addAll(msgKeys(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/documentlibrary/ciclo-doclib.js")));
        for (SubmissionStatus s : SubmissionStatus.values()) {
            keys.add("ciclo.status." + s.jsonName());
        }
        assertThat(keys).hasSizeGreaterThan(30);
        Map<String, Boolean> share = ShareIndex.globalMessages();
        List<String> missing = new ArrayList<>();
        for (String suffix : ShareModule.LOCALES) {
            Properties bundle = ShareModule.properties(ShareModule.MESSAGES + suffix + ".properties");
            for (String key : keys) {
                if (!bundle.containsKey(key) && !Boolean.TRUE.equals(share.get(key))) {
                    missing.add("ciclo-share" + suffix + ".properties: " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheDashletsUseIsInEachOfTheirBundles() {
        List<String> missing = new ArrayList<>();
        for (String dashlet : ShareModule.DASHLET_NAMES) {
            Set<String> keys = new LinkedHashSet<>();
            keys.addAll(msgKeys(ShareModule.text(ShareModule.DASHLETS + "/" + dashlet + ".get.html.ftl")));
            keys.addAll(msgKeys(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/dashlets/" + dashlet + ".js")));
            keys.addAll(msgKeys(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/ciclo.js")));
            keys.addAll(msgKeys(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/dashlets/ciclo-dashlet.js")));
            keys.addAll(List.of("dashlet.help", "dashlet.help.tooltip", "error.noModule", "error.cycles", "error.login"));
            if (dashlet.equals("ciclo-board")) {
                Arrays.stream(SubmissionStatus.values()).forEach(s -> keys.add("status." + s.jsonName()));
            }
            for (String suffix : ShareModule.LOCALES) {
                Properties bundle = ShareModule.properties(ShareModule.DASHLETS + "/" + dashlet + ".get" + suffix + ".properties");
                keys.stream().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(dashlet + ".get" + suffix + ": " + k));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theItalianBundleRepeatsTheDefaultAndEnglishHasTheSameKeys() {
        for (Path base : bundles()) {
            Properties def = ShareModule.properties(base);
            Properties it = ShareModule.properties(sibling(base, "_it"));
            Properties en = ShareModule.properties(sibling(base, "_en"));
            assertThat(it).as(sibling(base, "_it") + " repeats the Italian default").isEqualTo(def);
            assertThat(en.keySet()).as(sibling(base, "_en") + " has the default's keys").isEqualTo(def.keySet());
        }
    }

    @Test
    void bundlesAreAsciiWithEscapesAsShareWritesThem() throws IOException {
        for (Path base : bundles()) {
            for (String suffix : ShareModule.LOCALES) {
                Path file = sibling(base, suffix);
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    assertThat(bytes[i] >= 0).as(file + " byte " + i + " is not ASCII: write \\uXXXX").isTrue();
                }
            }
        }
    }

    @Test
    void apostrophesFollowMessageFormatOnlyWhereThereAreArguments() {
        List<String> wrong = new ArrayList<>();
        for (Path base : bundles()) {
            for (String suffix : ShareModule.LOCALES) {
                Path file = sibling(base, suffix);
                ShareModule.properties(file).forEach((k, v) -> {
                    String text = (String) v;
                    if (ARGUMENT.matcher(text).find()) {
                        if (Pattern.compile("(?<!')'(?!')").matcher(text).find()) {
                            wrong.add(file.getFileName() + " " + k + ": has {0}, so write '' for an apostrophe");
                        }
                        String rendered = new MessageFormat(text, Locale.ITALIAN).format(new Object[] {"X", "Y"});
                        if (rendered.contains("{")) {
                            wrong.add(file.getFileName() + " " + k + ": an argument is not substituted: " + rendered);
                        }
                    } else if (text.contains("''")) {
                        wrong.add(file.getFileName() + " " + k + ": no argument, so a single ' (shown as written)");
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theStatusWordsAreCycleCoresInBothLanguages() {
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            String suffix = locale == Locale.ITALIAN ? "" : "_en";
            Properties global = ShareModule.properties(ShareModule.MESSAGES + suffix + ".properties");
            Properties board = ShareModule.properties(ShareModule.DASHLETS + "/ciclo-board.get" + suffix + ".properties");
            for (SubmissionStatus status : SubmissionStatus.values()) {
                String core = status.describe(locale);
                assertThat(global.getProperty("ciclo.status." + status.jsonName())).as(locale + " " + status).isEqualTo(core);
                assertThat(board.getProperty("status." + status.jsonName())).as(locale + " " + status).isEqualTo(core);
            }
        }
    }

    @Test
    void theClientKnowsExactlyCycleCoresStatusesInItsOrder() {
        Matcher m = Pattern.compile("Ciclo\\.STATUSES = \\[([^]]*)]")
                .matcher(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/ciclo.js"));
        assertThat(m.find()).isTrue();
        List<String> client = Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replace("\"", "")).toList();
        assertThat(client).isEqualTo(Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::jsonName).toList());
    }

    static Set<String> msgKeys(String source) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = MSG_CALL.matcher(source);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) { // "status." + status: the tests list those keys themselves
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<Path> bundles() {
        List<Path> out = new ArrayList<>();
        out.add(ShareModule.path(ShareModule.MESSAGES + ".properties"));
        for (String dashlet : ShareModule.DASHLET_NAMES) {
            out.add(ShareModule.path(ShareModule.DASHLETS + "/" + dashlet + ".get.properties"));
        }
        return out;
    }

    private static Path sibling(Path base, String suffix) {
        String name = base.getFileName().toString();
        return base.resolveSibling(name.substring(0, name.length() - ".properties".length()) + suffix + ".properties");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
