class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # The reachable indices always form a prefix 0..reach: if you can get to `reach`,
        # every index before it was passed on the way (or jumped over from a cell that could
        # also stop there). So one number describes everything reachable.
        last = len(nums) - 1
        reach = 0
        for i, step in enumerate(nums):
            if i > reach:
                return False  # a gap: no reachable cell gets us to i
            reach = max(reach, i + step)
            if reach >= last:
                return True
        return True
