package io.crosscheck.bench;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The baseline process of the fixed-cost benchmark: one plain OkHttp call, status printed. */
public final class RawHttpCall {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        try (Response r = client.newCall(new Request.Builder().url(args[0]).build()).execute()) {
            System.out.println(r.code() + " " + r.body().string().length());
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
