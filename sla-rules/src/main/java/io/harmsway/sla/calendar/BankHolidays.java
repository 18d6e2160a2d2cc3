package io.harmsway.sla.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a bank-holiday file: a header line {@code date,name}, then one {@code yyyy-mm-dd,name}
 * line per holiday. A line that cannot be read stops the application with the file and line named:
 * a silently wrong calendar would move every working-day deadline.
 */
public final class BankHolidays {

    private BankHolidays() {
    }

    public static WorkingCalendar read(String fileName, Reader reader) {
        Set<LocalDate> dates = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line = lines.readLine();
            if (line == null || !line.trim().toLowerCase().startsWith("date")) {
                throw new IllegalStateException(fileName + ": line 1 must be the header 'date,name'");
            }
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    dates.add(date(fileName, number, line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
        if (dates.isEmpty()) {
            throw new IllegalStateException(fileName + ": names no bank holidays");
        }
        return new WorkingCalendar(dates);
    }

    private static LocalDate date(String fileName, int number, String line) {
        String text = line.split(",", 2)[0].trim();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(fileName + ": line " + number + ": '" + text + "' is not a date (yyyy-mm-dd)", e);
        }
    }
}
