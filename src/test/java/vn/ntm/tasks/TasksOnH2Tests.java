package vn.ntm.tasks;

class TasksOnH2Tests extends TasksContract {
}
