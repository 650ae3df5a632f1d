/**
 * The web server's small frame on Jetty's core API: routes by method and path
 * ({@link it.ciclo.serve.web.Router}), one request and its answer ({@link it.ciclo.serve.web.Exchange}),
 * and the security headers every answer carries.
 */
package it.ciclo.serve.web;
