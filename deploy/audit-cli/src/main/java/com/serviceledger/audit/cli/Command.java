package com.serviceledger.audit.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand: reads its options and writes its answer to {@code out}, warnings to {@code err}. */
interface Command {

    /** The usage lines shown by {@code --help} and after a usage error. */
    String usage();

    /** @return the exit code */
    int run(List<String> args, PrintStream out, PrintStream err);
}
