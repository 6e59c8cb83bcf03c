package com.example.billing;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every scenario of src/test/scenarios: each scenario (or example row) is a container, each step a test.
 * Scenario tags are JUnit tags: {@code mvn test -Dgroups=smoke}. Variables: {@code -Dcrosscheck.vars.NAME=value}.
 */
@Suite
@IncludeEngines("crosscheck")
@SelectDirectories("src/test/scenarios")
class ScenariosTest {
}
