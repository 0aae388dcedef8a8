package vn.ntm.ocop;

class OcopOnH2Tests extends OcopContract {
}
