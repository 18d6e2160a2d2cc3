/** The case list: status, risk and team of each case, its open clocks and the most overdue. */
package io.harmsway.query.cases;
