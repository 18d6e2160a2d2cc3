/**
 * Notifications: every warning, breach, escalation and acknowledgement of an SLA clock delivered
 * to the people the rule names, by mail and by signed webhook, through a transactional outbox.
 * The {@value io.harmsway.ops.notify.NotificationOutbox#GROUP} processing group reads the clock
 * events and writes one delivery row per event, recipient and channel in the same transaction as
 * its token; the {@link io.harmsway.ops.notify.DeliveryWorker} sends due rows, retries with back-off
 * and marks a row dead after the last attempt. See docs/notifications.md.
 */
package io.harmsway.ops.notify;
