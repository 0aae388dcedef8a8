package vn.ntm.exchange;

class ImportH2Test extends ImportContract {
}
