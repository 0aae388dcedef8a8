package vn.ntm.identity.internal;

class IdentitySqlOnH2Tests extends IdentitySqlContract {
}
