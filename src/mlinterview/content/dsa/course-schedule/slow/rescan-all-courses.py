# Slow: each pass scans every course for ones whose prerequisites are all taken; a long chain needs one pass per course: O(n * (n + prerequisites)).
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        taken = [False] * numCourses
        count = 0
        progress = True
        while progress:
            progress = False
            for course in range(numCourses):
                if not taken[course] and all(taken[b] for b in needs[course]):
                    taken[course] = True
                    count += 1
                    progress = True
        return count == numCourses
