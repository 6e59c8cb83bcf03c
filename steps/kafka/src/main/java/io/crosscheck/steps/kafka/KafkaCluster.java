package io.crosscheck.steps.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.TopicPartition;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run-wide clients of one named cluster: one shared producer, and a pool of assign-only consumers (no group)
 * that wait steps borrow, so that a wait does not pay for a new connection each time.
 */
final class KafkaCluster implements AutoCloseable {
    private final String name;
    private final ClientProperties properties;
    private final Duration producerMaxBlock;
    /** A consumer's fetches are answered at least this often by a live broker (see {@link Liveness}). */
    private final Duration fetchMaxWait;
    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "crosscheck-kafka-metadata");
        t.setDaemon(true);
        return t;
    });
    private final Deque<KafkaConsumer<byte[], byte[]>> idleConsumers = new ConcurrentLinkedDeque<>();
    private final Map<String, List<PartitionInfo>> knownTopics = new ConcurrentHashMap<>();
    private final AtomicInteger consumerIds = new AtomicInteger();
    private volatile KafkaProducer<byte[], byte[]> producer;
    private volatile boolean closed;

    KafkaCluster(String name, ClientProperties properties, Duration producerMaxBlock) {
        this.name = name;
        this.properties = properties;
        this.producerMaxBlock = producerMaxBlock;
        this.fetchMaxWait = fetchMaxWait(consumerProperties());
    }

    private static Duration fetchMaxWait(Properties consumer) {
        try {
            return Duration.ofMillis(Long.parseLong(consumer.getProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "500").trim()));
        } catch (NumberFormatException e) {
            return Duration.ofMillis(500); // the consumer itself reports the bad value
        }
    }

    String name() {
        return name;
    }

    /** {@code cluster 'main' (127.0.0.1:9092)}, for messages. */
    String describe() {
        return "Kafka cluster '" + name + "' (" + properties.bootstrapServers() + ")";
    }

    KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> p = producer;
        if (p != null) return p;
        synchronized (this) {
            if (producer == null) {
                Properties defaults = new Properties();
                defaults.setProperty(ProducerConfig.ACKS_CONFIG, "all");
                // one record per produce step should leave at once; bulk sends still batch while requests are in flight
                defaults.setProperty(ProducerConfig.LINGER_MS_CONFIG, "0");
                defaults.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(producerMaxBlock.toMillis()));
                defaults.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "crosscheck-producer-" + name);
                Properties props = properties.forClient(defaults, properties.producer());
                producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
            }
            return producer;
        }
    }

    /**
     * Waits until the producer knows the topic's partitions, at most until {@code deadline}. Without them
     * {@code send} would block for {@code max.block.ms}, which the step's deadline does not bound (the producer is
     * shared by steps with other timeouts); this wait gives up in time to say that the cluster does not answer.
     */
    void awaitProducerMetadata(String topic, Instant deadline) throws Exception {
        KafkaProducer<byte[], byte[]> p = producer();
        Future<?> lookup = lookups.submit(() -> p.partitionsFor(topic));
        try {
            lookup.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw notAnswering("no metadata of topic '" + topic + "' within the step's timeout", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException t) {
                throw notAnswering("no metadata of topic '" + topic + "' within the step's timeout", t);
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** No response to a consumer for this long means the cluster does not answer. */
    Duration silenceLimit() {
        Duration fourFetches = fetchMaxWait.multipliedBy(4);
        return fourFetches.compareTo(Duration.ofSeconds(2)) > 0 ? fourFetches : Duration.ofSeconds(2);
    }

    /** A consumer with no assignment; give it back with {@link #release}. */
    KafkaConsumer<byte[], byte[]> borrowConsumer() {
        KafkaConsumer<byte[], byte[]> c = idleConsumers.pollFirst();
        if (c != null) return c;
        Properties props = consumerProperties();
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "crosscheck-consumer-" + name + "-" + consumerIds.incrementAndGet());
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Properties consumerProperties() {
        Properties defaults = new Properties();
        defaults.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        defaults.setProperty(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // bounds how long a fetch left in flight by the previous borrower can delay the next one
        defaults.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        defaults.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        Properties props = properties.forClient(defaults, properties.consumer());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // assign-only: no group, no rebalance
        return props;
    }

    /** Returns a consumer to the pool, or closes it when it may be unusable (after an interrupt or error). */
    void release(KafkaConsumer<byte[], byte[]> consumer, boolean healthy) {
        if (healthy && !closed && !Thread.currentThread().isInterrupted()) {
            try {
                consumer.unsubscribe();
                idleConsumers.addFirst(consumer);
                return;
            } catch (RuntimeException e) {
                // fall through and close it
            }
        }
        closeQuietly(consumer);
    }

    /**
     * The topic's partitions, sorted; a topic that does not exist is a {@link StepFailedException} and a cluster that
     * does not answer before {@code deadline} a {@link KafkaUnavailableException}.
     */
    List<TopicPartition> partitions(String topic, Instant deadline) throws StepFailedException, KafkaUnavailableException {
        List<PartitionInfo> known = knownTopics.get(topic);
        if (known == null) {
            KafkaConsumer<byte[], byte[]> consumer = borrowConsumer();
            boolean healthy = false;
            try {
                known = consumer.partitionsFor(topic, remaining(deadline));
                healthy = true;
            } catch (TimeoutException e) {
                healthy = true;
                throw notAnswering("no reply within the step's timeout while looking up topic '" + topic + "'", e);
            } catch (AuthenticationException | AuthorizationException e) {
                throw new StepFailedException(describe() + " refused access to topic '" + topic + "': " + e.getMessage());
            } catch (org.apache.kafka.common.errors.InvalidTopicException e) {
                throw new StepFailedException("invalid topic name '" + topic + "': " + e.getMessage());
            } finally {
                release(consumer, healthy);
            }
            if (known == null || known.isEmpty()) {
                throw new StepFailedException("topic '" + topic + "' does not exist in " + describe()
                        + "; create it first (crosscheck never creates topics)");
            }
            knownTopics.put(topic, known);
        }
        return known.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** Forgets what is known of a topic, e.g. after it was deleted. */
    void forget(String topic) {
        knownTopics.remove(topic);
    }

    /** {@code Kafka cluster 'main' (host:port) does not answer: what (is the broker running ...?)}. */
    KafkaUnavailableException notAnswering(String what, Throwable cause) {
        // a client timeout's own text ("Timeout expired while fetching topic metadata") adds nothing to what
        Throwable kept = cause instanceof TimeoutException ? null : cause;
        return new KafkaUnavailableException(StepError.Kind.TIMEOUT, describe() + " does not answer: " + what, kept);
    }

    /** The cluster answered, but could not take or give records for now (a retriable error). */
    KafkaUnavailableException unavailable(String what, Throwable cause) {
        return new KafkaUnavailableException(StepError.Kind.UNREACHABLE, describe() + " " + what, cause);
    }

    static Duration remaining(Instant deadline) {
        Duration d = Duration.between(Instant.now(), deadline);
        return d.isNegative() ? Duration.ZERO : d;
    }

    @Override
    public void close() {
        closed = true;
        lookups.shutdownNow();
        KafkaProducer<byte[], byte[]> p = producer;
        if (p != null) {
            try {
                p.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                // closing at the end of a run: nothing left to report to
            }
        }
        KafkaConsumer<byte[], byte[]> c;
        while ((c = idleConsumers.pollFirst()) != null) closeQuietly(c);
    }

    private static void closeQuietly(KafkaConsumer<byte[], byte[]> consumer) {
        boolean interrupted = Thread.interrupted();
        try {
            consumer.close(Duration.ofSeconds(1));
        } catch (RuntimeException e) {
            // InterruptException or a broken connection: the consumer is gone either way
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
