/**
 * Forms generated from the API's own request records: each action is described once
 * ({@link ActionForms}: its address, title, whose id it names, its request record and that record's
 * mapping to a command), its fields are read from the record's components and their constraints
 * ({@link FormFields}), and a posted form is bound into that record, checked by the same validator
 * and sent through the same command gateway as the API's request ({@link FormBinding}). So one
 * validation refuses the page and the API alike, and a refused form appends nothing.
 */
package io.harmsway.ops.pages.forms;
