package it.ciclo.cli;

import it.ciclo.i18n.Quoted;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse, said in the user's language: picocli words its own errors in
 * English ({@code Missing required parameter}, {@code Unknown option}, {@code Did you mean},
 * {@code Invalid value for option}), so each kind is said here again, followed by where to find help
 * instead of the whole help. Exit code 2, as for any unusable input.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    private final CliText text;

    ParameterErrors(Locale locale) {
        this.text = new CliText(locale);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println(describe(ex));
        cli.getErr().println(text.get("args.help", cli.getCommandSpec().qualifiedName()));
        return CycleCommand.UNUSABLE_INPUT;
    }

    /** The error in words, without picocli's English. */
    String describe(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            return missing.getMissing().stream().map(this::missing).collect(Collectors.joining(System.lineSeparator()));
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return text.get("args.twice", name(overwritten.getOverwritten()));
        }
        if (ex instanceof MaxValuesExceededException) {
            return text.get("args.tooMany");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return text.get("args.invalid", name(arg), Quoted.of(ex.getValue()).describe(text.locale()), expected(arg));
        }
        return text.get("args.other");
    }

    private String missing(ArgSpec arg) {
        String what = arg.description().length > 0 ? arg.description()[0] : "";
        what = what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
        return text.get(arg.isOption() ? "args.missing.option" : "args.missing", name(arg), what);
    }

    private String unmatched(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        boolean option = first.startsWith("-");
        boolean command = !option && !e.getCommandLine().getSubcommands().isEmpty()
                && e.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
        String key = option ? "args.unknownOption" : command ? "args.unknownCommand" : "args.extra";
        String message = text.get(key, Quoted.of(first).describe(text.locale()));
        List<String> suggestions = e.getSuggestions();
        if (!suggestions.isEmpty()) {
            message += " " + text.get("args.didYouMean", String.join(", ", suggestions));
        }
        return message;
    }

    /** What a value of {@code arg} must be: one of the values of an enum, a whole number, a path. */
    private String expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            return text.get("args.expected.oneOf", java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return text.get("args.expected.integer");
        }
        if (type == Path.class) {
            return text.get("args.expected.path");
        }
        return text.get("args.expected.other", arg.paramLabel());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
