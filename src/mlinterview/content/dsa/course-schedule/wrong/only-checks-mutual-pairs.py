# Wrong: only rejects pairs of courses that require each other; longer cycles (and self-loops) slip through.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs = {(a, b) for a, b in prerequisites}
        for a, b in prerequisites:
            if a != b and (b, a) in pairs:
                return False
        return True
