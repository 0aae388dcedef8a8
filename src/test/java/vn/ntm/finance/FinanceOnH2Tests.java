package vn.ntm.finance;

class FinanceOnH2Tests extends FinanceContract {
}
