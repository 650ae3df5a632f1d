package it.ciclo.remind.mail;

/** How the connection to the SMTP server is protected. */
public enum Security {
    /** Plain connection upgraded to TLS before anything else is said (port 587); refused if the server cannot. */
    STARTTLS,
    /** TLS from the first byte (port 465), as PEC mailboxes use. */
    SMTPS,
    /** No encryption: only for a relay inside the Comune's network, and never with a password. */
    NONE
}
