package com.serviceledger.audit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subcommand's options: {@code --name value} pairs and bare {@code --flag}s, each allowed at most once.
 * Anything else (an unknown option, a missing value, a stray word) is a usage error.
 */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {
    }

    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
            if (options.values.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return options;
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }
}
