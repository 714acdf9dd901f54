package com.serviceledger.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of the group a user works in: the whole group, or some subsidiaries, each whole or some of its
 * departments. Roles say what a user may do; the scope narrows where. Written as a list of entries, in the
 * configuration and in a token's claim alike: {@code *} (the group), {@code demo-tangshan} (a subsidiary),
 * {@code demo-tangshan/dept-sales} (one department of it). No entry: nothing.
 *
 * @param subsidiaries subsidiary id → its departments in scope (empty: the whole subsidiary)
 */
public record Scope(boolean group, Map<String, Set<String>> subsidiaries) {

    public static final String GROUP_ENTRY = "*";
    public static final Scope GROUP = new Scope(true, Map.of());
    public static final Scope NONE = new Scope(false, Map.of());
    /** The directory's ids: letters, digits and {@code ._:-}, as the organisation commands accept them. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public Scope {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        subsidiaries.forEach((subsidiary, departments) -> copy.put(subsidiary, Set.copyOf(departments)));
        subsidiaries = group ? Map.of() : java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Reads scope entries; a malformed one is refused (a typo must not silently narrow or widen a scope).
     *
     * @throws IllegalArgumentException naming the entry
     */
    public static Scope of(Collection<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        Map<String, Set<String>> subsidiaries = new LinkedHashMap<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.trim();
            if (entry.equals(GROUP_ENTRY)) {
                return GROUP;
            }
            String[] parts = entry.split("/", -1);
            if (parts.length > 2 || !ID.matcher(parts[0]).matches()
                    || (parts.length == 2 && !ID.matcher(parts[1]).matches())) {
                throw new IllegalArgumentException("scope entry '" + raw + "' is not '*', '<subsidiary>' or "
                        + "'<subsidiary>/<department>'");
            }
            Set<String> departments = subsidiaries.get(parts[0]);
            if (parts.length == 1) {
                subsidiaries.put(parts[0], Set.of());
            } else if (departments == null) {
                subsidiaries.put(parts[0], new LinkedHashSet<>(List.of(parts[1])));
            } else if (!departments.isEmpty()) {
                departments.add(parts[1]);
            }
        }
        return new Scope(false, subsidiaries);
    }

    /** Whether anything of the subsidiary is in scope (the whole of it, or a department). */
    public boolean reaches(String subsidiaryId) {
        return group || subsidiaries.containsKey(subsidiaryId);
    }

    /**
     * Whether a unit is in scope: the subsidiary as a whole, or the department named ({@code null}: the unit has
     * no department yet, which only a whole-subsidiary scope covers).
     */
    public boolean covers(String subsidiaryId, String departmentId) {
        if (group) {
            return true;
        }
        Set<String> departments = subsidiaries.get(subsidiaryId);
        return departments != null
                && (departments.isEmpty() || departmentId != null && departments.contains(departmentId));
    }

    /** The entries this scope is written as. */
    public List<String> entries() {
        if (group) {
            return List.of(GROUP_ENTRY);
        }
        List<String> entries = new ArrayList<>();
        subsidiaries.forEach((subsidiary, departments) -> {
            if (departments.isEmpty()) {
                entries.add(subsidiary);
            } else {
                departments.stream().sorted().forEach(department -> entries.add(subsidiary + "/" + department));
            }
        });
        return entries;
    }
}
