/** The public REST API of criteria sets under {@code /api/v1/criteria-sets}. */
package vn.ntm.criteria.web;
