package vn.ntm.identity;

class UserPersistenceOnH2Tests extends UserPersistenceTests {
}
