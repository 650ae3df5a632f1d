package it.ciclo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command in this JVM, as {@code main} would do it, with what it printed. */
record Run(int exit, String out, String err) {

    static final String SEED = "../docs/examples/direttiva-4-2023.json";

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CycleCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }
}
