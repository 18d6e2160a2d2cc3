/**
 * The web's JSON, read strictly (the stored event format has its own mapper, untouched): what
 * Jackson would otherwise quietly make something of is refused, and Jackson's complaints are put
 * into plain words naming the field.
 */
package io.harmsway.ops.web.json;
