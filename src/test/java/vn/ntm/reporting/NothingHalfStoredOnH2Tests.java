package vn.ntm.reporting;

class NothingHalfStoredOnH2Tests extends NothingHalfStoredContract {
}
