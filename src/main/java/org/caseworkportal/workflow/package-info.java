/**
 * The one door to the process engine (Camunda 7 today): features start processes, complete tasks
 * and send messages here, in their own words, and never inject the engine's services. Camunda 7
 * Community Edition has reached its end of life; its drop-in fork Operaton is the exit route, and
 * this facade is what would change.
 */
package org.caseworkportal.workflow;
