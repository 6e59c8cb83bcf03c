package io.crosscheck.bench;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline process of the whole-process benchmarks: {@code URL [N [JSONPATH]]} makes N (default 1) plain OkHttp
 * calls and, when a path is given, reads it from each answer with Jayway JsonPath, as a call step's JSON expect does.
 */
public final class RawHttpCall {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int ok = 0;
        for (int i = 0; i < n; i++) {
            try (Response r = client.newCall(new Request.Builder().url(args[0]).build()).execute()) {
                String body = r.body().string();
                if (r.code() == 200 && (args.length < 3 || com.jayway.jsonpath.JsonPath.read(body, args[2]) != null)) ok++;
            }
        }
        System.out.println(ok + " of " + n);
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
