package vn.ntm.identity;

class ConcurrentSessionOnH2Tests extends ConcurrentSessionContract {
}
