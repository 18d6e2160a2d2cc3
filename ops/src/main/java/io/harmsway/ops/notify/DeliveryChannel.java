package io.harmsway.ops.notify;

/** Sends one delivery by its channel; a failure (of any kind) throws, and the worker retries. */
public interface DeliveryChannel {

    Channel channel();

    void send(Delivery delivery) throws Exception;
}
