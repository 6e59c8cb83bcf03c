package io.crosscheck.junit;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * The way a service team runs its scenarios with Maven Surefire or Gradle: a suite class that selects the scenario
 * folder for the crosscheck engine. This module's own build runs it, so every {@code mvn verify} proves the engine
 * works under Surefire and lands in Surefire's report.
 */
@Suite
@IncludeEngines("crosscheck")
@SelectClasspathResource("crosscheck-scenarios")
@ConfigurationParameter(key = "crosscheck.env", value = "local")
class ScenarioSuiteTest {
}
