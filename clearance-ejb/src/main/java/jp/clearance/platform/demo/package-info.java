/** Demo data for the run command and the tests. */
package jp.clearance.platform.demo;
