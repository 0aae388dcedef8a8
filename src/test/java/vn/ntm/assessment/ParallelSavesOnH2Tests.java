package vn.ntm.assessment;

class ParallelSavesOnH2Tests extends ParallelSavesContract {
}
