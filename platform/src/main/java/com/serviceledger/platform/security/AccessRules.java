package com.serviceledger.platform.security;

import java.util.List;

/**
 * One side's endpoints and the roles each needs. Every side contributes a bean; the one security filter chain
 * applies them all (a combined application holds both sides' beans) and denies whatever none of them names.
 */
public interface AccessRules {

    List<AccessRule> rules();
}
