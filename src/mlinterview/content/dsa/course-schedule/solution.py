class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
        # All courses can be taken exactly when the prerequisite graph has no cycle, and
        # the courses on (or behind) a cycle are precisely the ones that never become free.
        unlocks = [[] for _ in range(numCourses)]
        waiting_on = [0] * numCourses  # prerequisites not yet completed
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting_on[course] += 1

        ready = deque(c for c in range(numCourses) if waiting_on[c] == 0)
        taken = 0
        while ready:
            done = ready.popleft()
            taken += 1
            for course in unlocks[done]:
                waiting_on[course] -= 1
                if waiting_on[course] == 0:
                    ready.append(course)
        return taken == numCourses
