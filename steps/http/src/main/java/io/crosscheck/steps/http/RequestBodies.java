package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A call's body: {@code json}, {@code body} (text or {@code {file}}), {@code form} or {@code multipart}, and how
 * {@code request.body} shows it (the text sent; a file as {@code {file, size}}; multipart as its fields and files).
 * Files are sent from disk, so a retry on a new connection sends them again.
 */
final class RequestBodies {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    record Built(RequestBody body, Object shown) {
    }

    private RequestBodies() {
    }

    /** The body to send, or null when the call has none; {@code contentType} is the call's own Content-Type header. */
    static Built build(CallConfig config, StepContext ctx, String contentType) throws IOException {
        MediaType own = contentType == null ? null : MediaType.parse(contentType);
        if (config.json() != null) {
            String text = ctx.toJson(ctx.render(config.json()));
            return new Built(RequestBody.create(text, own != null ? own : JSON), text);
        }
        if (config.body() instanceof CallFile file) {
            String name = ctx.renderText(file.file());
            Path path = CallFiles.existing(CallFiles.ofScenario(ctx, name), "body.file");
            return new Built(RequestBody.create(path.toFile(), own != null ? own : guess(path)), fileShown(name, path));
        }
        if (config.body() != null) {
            String text = ctx.renderText(String.valueOf(config.body()));
            return new Built(RequestBody.create(text, own != null ? own : TEXT), text);
        }
        if (Values.given(config.form())) {
            FormBody.Builder form = new FormBody.Builder();
            Values.present(ctx.render(config.form())).forEach(form::add);
            FormBody built = form.build();
            return new Built(built, formText(built));
        }
        if (Values.given(config.multipart())) return multipart(config.multipart(), ctx);
        return null;
    }

    private static Built multipart(Map<String, Object> parts, StepContext ctx) throws IOException {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : parts.entrySet()) {
            if (e.getValue() instanceof CallPart part) {
                String name = ctx.renderText(part.file());
                Path path = CallFiles.existing(CallFiles.ofScenario(ctx, name), "multipart." + e.getKey() + ".file");
                String filename = part.filename() == null ? path.getFileName().toString() : ctx.renderText(part.filename());
                MediaType type = part.contentType() == null ? guess(path) : MediaType.parse(ctx.renderText(part.contentType()));
                body.addFormDataPart(e.getKey(), filename, RequestBody.create(path.toFile(), type));
                Map<String, Object> s = fileShown(name, path);
                s.put("filename", filename);
                s.put("contentType", String.valueOf(type));
                shown.put(e.getKey(), s);
            } else {
                Object value = ctx.render(e.getValue());
                if (value == null) continue;   // a null field is left out, like a null header or query parameter
                body.addFormDataPart(e.getKey(), String.valueOf(value));
                shown.put(e.getKey(), String.valueOf(value));
            }
        }
        return new Built(body.build(), shown);
    }

    private static Map<String, Object> fileShown(String name, Path path) throws IOException {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("file", name);
        shown.put("size", Files.size(path));
        return shown;
    }

    private static MediaType guess(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) return JSON;
        String type = URLConnection.guessContentTypeFromName(name);
        return MediaType.parse(type == null ? "application/octet-stream" : type);
    }

    private static String formText(FormBody form) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < form.size(); i++) {
            if (i > 0) out.append('&');
            out.append(form.encodedName(i)).append('=').append(form.encodedValue(i));
        }
        return out.toString();
    }
}
