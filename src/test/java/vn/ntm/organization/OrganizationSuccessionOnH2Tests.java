package vn.ntm.organization;

class OrganizationSuccessionOnH2Tests extends OrganizationSuccessionContract {
}
