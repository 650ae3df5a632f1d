/**
 * Who may record events in {@code cycle serve}: users with Argon2id hashes
 * ({@link it.ciclo.serve.security.Users}), sessions with their CSRF tokens
 * ({@link it.ciclo.serve.security.Sessions}), and login throttling ({@link it.ciclo.serve.security.Throttle}).
 */
package it.ciclo.serve.security;
