package com.serviceledger.kernel.organisation;

import java.util.List;

/**
 * A command that names subsidiaries, departments, posts or staff: the directory is their source of truth,
 * so each one is checked against it before the command takes effect (an unknown id, or staff who has left
 * given new work, is a 422 naming the field). A reference whose id the caller left out (null) is not checked.
 */
public interface NamesDirectory {

    List<DirectoryReference> directoryReferences();
}
