package it.ciclo.bench;

import it.ciclo.check.DirectiveChecker;
import it.ciclo.check.Finding;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated directive of 100 acts over 2024-2026 (see {@link DirectiveGenerator}): evaluating
 * its whole schedule (every act's approval and internal deadline), evaluating and running every
 * check, and reading it from JSON text. Target (issue): under 1 ms per full evaluation after
 * warm-up on a 2-core machine.
 *
 * <p>Steady state: the national holidays are computed by jollyday once per year and cached for the
 * life of the JVM ({@code NationalHolidays.italy()}); {@link #setUp()} evaluates the schedule once so
 * that the cache holds every year the deadlines touch, and the benchmarks measure the evaluation,
 * not jollyday's first load of its XML configuration (that is part of the command's cold start,
 * measured by {@code cold-start.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Duser.language=it", "-Duser.country=IT"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScheduleBenchmark {

    @Param({"100"})
    int acts;

    private Directive directive;
    private EventDates events;
    private String json;
    private final DirectiveReader reader = new DirectiveReader();
    private final DirectiveChecker checker = new DirectiveChecker();

    @Setup
    public void setUp() throws InvalidDirectiveException {
        directive = DirectiveGenerator.generate(acts, DirectiveGenerator.SEED);
        events = DirectiveGenerator.knownEvents();
        json = DirectiveJson.write(directive);
        Directive reread = reader.read(new StringReader(json), "generated.json").directive();
        if (!reread.equals(directive)) {
            throw new IllegalStateException("the generated JSON does not read back as the generated directive");
        }
        // Warms the holiday cache, and makes sure the benchmark evaluates mostly known dates.
        List<ScheduledDeadline> all = Schedule.of(directive, events).all();
        long pending = all.stream().filter(d -> !d.deadline().isDue()).count();
        if (all.size() < 2 * acts * 3 / 4 || pending * 4 > all.size()) {
            throw new IllegalStateException(all.size() + " deadlines, " + pending + " pending: not a representative directive");
        }
    }

    /** Every deadline of the directive: {@code Schedule.of} evaluates each act's approval and submission. */
    @Benchmark
    public Schedule evaluate() {
        return Schedule.of(directive, events);
    }

    /** The schedule and every check on it: what {@code cycle check} does after reading the file. */
    @Benchmark
    public List<Finding> evaluateAndCheck() {
        return checker.check(Schedule.of(directive, events));
    }

    /** Parsing and validating the directive's JSON text (about 60 KB for 100 acts). */
    @Benchmark
    public DirectiveDocument readJson() throws InvalidDirectiveException {
        return reader.read(new StringReader(json), "generated.json");
    }

    /** The generated directive's JSON, for a look at what is measured ({@code java -cp benchmarks.jar it.ciclo.bench.ScheduleBenchmark}). */
    public static void main(String[] args) {
        System.out.println(DirectiveJson.write(DirectiveGenerator.generate(
                args.length > 0 ? Integer.parseInt(args[0]) : 100, DirectiveGenerator.SEED)));
    }
}
