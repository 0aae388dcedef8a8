package vn.ntm.assessment;

class ValuesApiH2Test extends ValuesApiContract {
}
