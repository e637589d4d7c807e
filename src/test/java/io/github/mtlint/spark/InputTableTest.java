package io.github.mtlint.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a folder's files are dealt out to the job's tasks. */
class InputTableTest {

    @Test
    void filesAreDealtOutLargestFirstToTheLightestTask() {
        List<Integer> sizes = List.of(10, 70, 20, 40, 30, 50, 60);
        List<List<Integer>> parts = InputTable.balanced(sizes, Integer::longValue, 3);
        assertEquals(List.of(List.of(70, 20, 10), List.of(60, 30), List.of(50, 40)), parts);
    }

    @Test
    void moreTasksThanFilesLeavesSomeTasksEmpty() {
        assertEquals(List.of(List.of(5), List.of(3), List.of()), InputTable.balanced(List.of(3, 5), Integer::longValue, 3));
    }

    @Test
    void emptyFilesStillCountSoThatManyAreNotPiledOnOneTask() {
        List<List<Integer>> parts = InputTable.balanced(List.of(0, 0, 0, 0), Integer::longValue, 2);
        assertEquals(List.of(List.of(0, 0), List.of(0, 0)), parts);
    }
}
