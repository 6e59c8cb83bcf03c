package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.spi.step.EnvironmentSection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * crosscheck.yaml's schema takes its sections from the step handlers: a misspelt section is found as you type, a
 * plugin's own is welcome. (Each step module's tests check the fragment of its own section.)
 */
class ConfigSchemaTest {
    /** A plugin's step that reads the connections of the section {@code store}; its jar ships no fragment for it. */
    static final class Fetch extends TestPlugins.Plugin {
        @Override
        public String verb() {
            return "fetch";
        }

        @Override
        public EnvironmentSection section() {
            return EnvironmentSection.ofConnections("store");
        }
    }

    private static List<String> messages(String yaml) {
        return SchemaValidator.config(Map.of(), Map.of("fetch", Map.of("", new Fetch())))
                .messages(Documents.load("crosscheck.yaml", yaml).get(0));
    }

    @Test
    void aMisspeltSectionOfAnEnvironmentIsRefused() {
        assertThat(messages("""
                environments:
                  local:
                    stroe: { main: { url: "mem://a" } }
                """)).singleElement().asString()
                .startsWith("crosscheck.yaml:3:5: unknown key 'stroe' in an environment (did you mean 'store'?)");
        assertThat(messages("""
                environments:
                  local:
                    var: { a: { b: 1 } }
                """)).singleElement().asString()
                .startsWith("crosscheck.yaml:3:5: unknown key 'var' in an environment (did you mean 'vars'?)");
    }

    @Test
    void aDeclaredSectionWhoseJarShipsNoSchemaTakesConnectionsByName() {
        assertThat(messages("""
                environments:
                  local:
                    store: { main: { url: "mem://a" } }
                """)).isEmpty();
        assertThat(messages("""
                environments:
                  local:
                    store: { main: 5 }
                """)).singleElement().asString().startsWith("crosscheck.yaml:3:20: ");
    }

    @Test
    void aPluginsOwnKindOfConnectionIsStillWelcome() {
        assertThat(messages("""
                environments:
                  local:
                    mongo: { main: { uri: "mongodb://127.0.0.1" } }
                """)).isEmpty();
    }
}
