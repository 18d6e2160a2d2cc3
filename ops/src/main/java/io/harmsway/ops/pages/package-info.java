/**
 * The pages people work in, server-rendered with Thymeleaf from the same application: GOV.UK and
 * Ministry of Justice design systems (served from WebJars), a sign-in form and a session (see
 * {@code io.harmsway.ops.security.PageSecurityConfiguration}). Controllers here are apart from
 * the API's but read through the same query gateway and record through the same request records,
 * validators and command gateway, so a page shows and refuses exactly what the API would. The
 * access rule is the API's own interceptor, so a page read of a case is checked and logged as an
 * API read is. Times are shown and entered in London time ({@link LondonTime}).
 */
package io.harmsway.ops.pages;
