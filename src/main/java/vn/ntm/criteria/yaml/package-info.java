/**
 * Reading criteria sets from their YAML files: the safe parser with limits against alias bombs and the checks that
 * name every problem by its path, in Vietnamese. Nothing here touches the database.
 */
package vn.ntm.criteria.yaml;
