# Correct but quadratic or worse: adds the interval, then merges any overlapping pair until none is left.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        items = [list(x) for x in intervals] + [list(newInterval)]
        changed = True
        while changed:
            changed = False
            for i in range(len(items)):
                for j in range(i + 1, len(items)):
                    a, b = items[i], items[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        items[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        del items[j]
                        changed = True
                        break
                if changed:
                    break
        return sorted(items)
