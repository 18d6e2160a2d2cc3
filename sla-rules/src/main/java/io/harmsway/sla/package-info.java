/** sla-rules owns policy: the rule catalogue, SLA clocks and the Quartz sweep. */
package io.harmsway.sla;
