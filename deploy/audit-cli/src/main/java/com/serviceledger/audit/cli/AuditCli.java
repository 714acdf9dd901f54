package com.serviceledger.audit.cli;

import com.serviceledger.query.audit.replay.ReplayException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's replay tool: reads an audit export (or the live event store), folds the views in memory
 * and prints their states or the three service-quality metrics, so the dashboards can be checked without
 * the running system. A plain {@code main}: no Spring context, no Elasticsearch.
 * <p>
 * Exit codes: 0 done; 1 the input could not be used (unreadable store, malformed export, unknown case);
 * 2 a bad command line (message and usage on stderr, never a stack trace); 3 {@code verify} found a case
 * whose hash chain does not hold.
 */
public final class AuditCli {

    static final int OK = 0;
    static final int INPUT_FAILED = 1;
    static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    AuditCli() {
        commands.put("metrics", new MetricsCommand());
        commands.put("states", new StatesCommand());
        commands.put("verify", new VerifyCommand());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line; the entry point tests call in-process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return new AuditCli().execute(Arrays.asList(args), out, err);
    }

    private int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(usage());
            return USAGE;
        }
        String name = args.getFirst();
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            out.println(usage());
            return OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("audit-cli: unknown command '" + name + "'");
            err.println(usage());
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("audit-cli " + name + ": " + e.getMessage());
            err.println(command.usage());
            return USAGE;
        } catch (ReplayException e) {
            if (e.parameter() != null) {
                // a metric request the API would refuse with a 400 naming the same field
                err.println("audit-cli " + name + ": " + MetricsCommand.asOption(e));
                return USAGE;
            }
            err.println("audit-cli " + name + ": " + e.getMessage());
            return INPUT_FAILED;
        }
    }

    private String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar audit-cli.jar <command> [options]\n\ncommands:\n");
        commands.values().forEach(command -> text.append(command.usage()).append('\n'));
        return text.toString().stripTrailing();
    }
}
