package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code index.html}: one self-contained page (CSS, JS and SVG inline, nothing fetched). The summary is
 * laid out by a FreeMarker {@code .ftlh} template, which escapes every value by construction; the scenarios,
 * steps and charts come from the result tree embedded as JSON and are drawn page by page with DOM calls that
 * only ever set text, so the page stays fast at tens of thousands of scenarios.
 */
public final class HtmlReporter implements Reporter {

    public static final String FILE_NAME = "index.html";

    /** Large values are cut in the page (results.json keeps them whole). */
    private static final JsonValues PAGE_VALUES = new JsonValues(500, 20_000);

    /** Thread-safe once set up; shared so that the template {@link #warmUp} parsed is the one {@link #write} uses. */
    private static final Configuration FREEMARKER = configuration();

    private final JsonFactory factory = new JsonFactory();
    private final ResultsJson json = new ResultsJson(PAGE_VALUES);
    private final SecureRandom random = new SecureRandom();

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Path write(RunResult result, Path reportDir) throws IOException {
        Path file = reportDir.resolve(FILE_NAME);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            render(result, out);
        } catch (TemplateException e) {
            throw new IOException("could not render " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Renders an empty run into nothing, so that FreeMarker's classes, the parsed template and the code that writes
     * the page are ready before the run ends: a quarter of a one-call run's time goes there otherwise. Meant for a
     * background thread started while the scenarios run, which mostly wait on the systems under test.
     */
    public static void warmUp() {
        try {
            new HtmlReporter().render(new RunResult("", Instant.EPOCH, 0, "", List.of(), false), Writer.nullWriter());
        } catch (IOException | TemplateException | RuntimeException e) {
            // only a head start: write() meets and reports the same problem
        }
    }

    private void render(RunResult result, Writer out) throws IOException, TemplateException {
        Template template = FREEMARKER.getTemplate("report.ftlh");
        Map<String, Object> model = new HashMap<>();
        model.put("s", HtmlSummary.of(result));
        model.put("nonce", nonce());
        model.put("generatedAt", Instant.now().toString());
        model.put("data", (TemplateDirectiveModel) (env, params, loopVars, body) -> writeData(result, env.getOut()));
        template.process(model, out);
    }

    private void writeData(RunResult result, Writer out) throws IOException {
        try (JsonGenerator gen = factory.createGenerator(new ScriptSafeWriter(out))) {
            json.write(result, gen);
        }
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(HtmlReporter.class, "");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setLocale(java.util.Locale.ROOT);
        return cfg;
    }
}
