class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # A set answers "have I met this value before?" in O(1) on average, so one pass
        # is enough, and we can stop at the first repeat instead of reading the rest.
        seen: set[int] = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
