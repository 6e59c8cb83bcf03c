package io.crosscheck.steps.http;

import okhttp3.OkHttpClient;

/** The run's one OkHttp client; closing it stops its threads and idle connections. */
record HttpClientHolder(OkHttpClient client) implements AutoCloseable {

    static HttpClientHolder create() {
        return new HttpClientHolder(new OkHttpClient.Builder().followRedirects(true).retryOnConnectionFailure(false).build());
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
