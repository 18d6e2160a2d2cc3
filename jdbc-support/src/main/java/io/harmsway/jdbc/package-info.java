/**
 * A library, not a module of the domain: how every module reaches PostgreSQL. The address the
 * standard PG* variables name ({@link io.harmsway.jdbc.PostgresAddress}), the roles it is reached
 * as ({@link io.harmsway.jdbc.DatabaseLogin}) and instants in and out
 * of JDBC ({@link io.harmsway.jdbc.Sql}). Plain Java; it knows no other module, and any module
 * that talks to PostgreSQL may use all of it.
 */
package io.harmsway.jdbc;
