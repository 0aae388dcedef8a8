/** The scoring rules of the emulation ranking, plain Java: rescaling when a measure does not apply, and ties. */
package vn.ntm.emulation.rules;
