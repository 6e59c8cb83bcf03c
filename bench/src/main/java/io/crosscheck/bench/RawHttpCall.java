package io.crosscheck.bench;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline process of the whole-process benchmarks: {@code URL [N [JSONPATH [CYCLE]]]} makes N (default 1) plain
 * OkHttp calls and, when a path is given, reads it from each answer with Jayway JsonPath, as a call step's JSON expect
 * does. With CYCLE, call i goes to URL followed by {@code i % CYCLE + 1} ({@code /customers/1} to {@code /customers/CYCLE}).
 */
public final class RawHttpCall {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int cycle = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int ok = 0;
        for (int i = 0; i < n; i++) {
            String url = cycle > 0 ? args[0] + (i % cycle + 1) : args[0];
            try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
                String body = r.body().string();
                if (r.code() == 200 && (args.length < 3 || com.jayway.jsonpath.JsonPath.read(body, args[2]) != null)) ok++;
            }
        }
        System.out.println(ok + " of " + n);
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
