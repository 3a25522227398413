# Slow: explores every ordering of every combination and removes duplicates at the end with a set of sorted tuples; the orderings vastly outnumber the combinations.
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found = set()
        chosen = []

        def backtrack(remaining):
            if remaining == 0:
                found.add(tuple(sorted(chosen)))
                return
            for c in candidates:
                if c <= remaining:
                    chosen.append(c)
                    backtrack(remaining - c)
                    chosen.pop()

        backtrack(target)
        return [list(combo) for combo in found]
