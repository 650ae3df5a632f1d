/**
 * The checks a careful reader makes of a directive: wrong years, deadlines on non-working days,
 * reports due before their period ends, too little time between internal deadline and approval,
 * acts in an order the law forbids, approvals later than the statute allows. Each
 * {@link it.ciclo.check.Finding} has a stable {@link it.ciclo.check.FindingCode}, a severity, the
 * act, the JSON path of the offending value and a message. Run them all with
 * {@link it.ciclo.check.DirectiveChecker}.
 */
package it.ciclo.check;
