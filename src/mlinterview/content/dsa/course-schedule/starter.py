class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        """Return True if every course can be taken in some order that respects the prerequisites."""
        pass
