/** Tests of the module's JavaScript, run in Rhino (the engine Alfresco runs them in) against stand-ins. */
package it.ciclo.alfresco.scripts;
