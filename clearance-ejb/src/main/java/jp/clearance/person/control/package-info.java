/** Rules about people that need no container: how a name search is matched. */
package jp.clearance.person.control;
