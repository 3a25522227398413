# Wrong: DFS marks courses "in progress" but never clears the mark, so reaching a course twice by different paths (a diamond) looks like a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            graph[course].append(before)
        visiting = set()

        def has_cycle(course):
            if course in visiting:
                return True
            visiting.add(course)
            for before in graph[course]:
                if has_cycle(before):
                    return True
            return False

        for course in range(numCourses):
            if course not in visiting and has_cycle(course):
                return False
        return True
