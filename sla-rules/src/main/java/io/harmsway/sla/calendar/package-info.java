/**
 * Working days as England and Wales count them: weekends and bank holidays are not working days.
 * The bank holidays are data (a CSV file shipped with the product and replaceable by configuration).
 */
package io.harmsway.sla.calendar;
