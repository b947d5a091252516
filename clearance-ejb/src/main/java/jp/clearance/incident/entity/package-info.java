/** Leak incidents, their parties, evidence, tasks and timeline; charges, proceedings and sentences. */
package jp.clearance.incident.entity;
