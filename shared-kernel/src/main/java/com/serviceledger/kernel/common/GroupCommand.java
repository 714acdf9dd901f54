package com.serviceledger.kernel.common;

/** A command about the group as a whole (a new subsidiary): only a user whose scope is the group may send it. */
public interface GroupCommand {

    /** The request field the refusal names. */
    String groupField();
}
