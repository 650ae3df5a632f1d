package it.ciclo.cli;

import it.ciclo.check.CheckOptions;
import it.ciclo.check.DirectiveChecker;
import it.ciclo.check.Finding;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cycle check FILE}: the slips a careful reader would find in the directive. */
@Command(name = "check", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    /** The output formats of {@code check}. */
    enum Format { text, json }

    @Mixin
    DirectiveOptions directive;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "check.format")
    Format format;

    @Option(names = "--min-lead-days", paramLabel = "N", descriptionKey = "check.minLead")
    Integer minLeadDays;

    @Option(names = "--shared-deadline-days", paramLabel = "N", descriptionKey = "check.sharedSpread")
    Integer sharedDeadlineDays;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, IOException {
        DirectiveOptions.Loaded loaded = directive.load();
        CheckOptions options = CheckOptions.DEFAULTS;
        if (minLeadDays != null) {
            if (minLeadDays < 0) {
                throw new UnusableInputException(new CliText(directive.locale()).get("minLead.negative", minLeadDays));
            }
            options = options.withMinLeadWorkingDays(minLeadDays);
        }
        if (sharedDeadlineDays != null) {
            if (sharedDeadlineDays < 0) {
                throw new UnusableInputException(new CliText(directive.locale()).get("sharedSpread.negative", sharedDeadlineDays));
            }
            options = options.withSharedDeadlineSpreadDays(sharedDeadlineDays);
        }
        List<Finding> findings = new DirectiveChecker(options).check(loaded.schedule());
        output.write(spec, directive.locale(), directive.guarded(), out -> {
            if (format == Format.json) {
                new FindingsJson(directive.locale()).write(findings, out);
            } else {
                new FindingsText(directive.locale(), directive.verbose).write(loaded.document(), findings, out);
            }
        });
        return DirectiveChecker.hasErrors(findings) ? CycleCommand.ERRORS_FOUND : 0;
    }
}
