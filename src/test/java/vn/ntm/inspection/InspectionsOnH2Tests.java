package vn.ntm.inspection;

class InspectionsOnH2Tests extends InspectionsContract {
}
