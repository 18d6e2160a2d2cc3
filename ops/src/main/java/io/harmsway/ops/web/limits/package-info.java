/**
 * The size of a request, limited before it is read: a body announced larger than the limit is
 * refused at once (413) without reading it, and a body of unannounced length (chunked) is read
 * only up to the limit. Tomcat limits form posts only; a JSON body of any size was read,
 * deserialised and, as text, stored for good.
 */
package io.harmsway.ops.web.limits;
