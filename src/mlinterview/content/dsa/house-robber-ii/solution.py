class Solution:
    def rob(self, nums: List[int]) -> int:
        # A lone house has no neighbour, so it can simply be taken.
        if len(nums) == 1:
            return nums[0]
        # The first and last houses are never both robbed, so every valid plan lives
        # entirely in nums[:-1] or entirely in nums[1:]. Both of those are straight rows,
        # which the classic linear recurrence solves.
        return max(self._rob_row(nums, 0, len(nums) - 1), self._rob_row(nums, 1, len(nums)))

    @staticmethod
    def _rob_row(nums: List[int], start: int, stop: int) -> int:
        # best(i) = max(best(i-1), nums[i] + best(i-2)) over nums[start:stop], O(1) space;
        # indices avoid copying the list.
        two_back, one_back = 0, 0
        for i in range(start, stop):
            two_back, one_back = one_back, max(one_back, two_back + nums[i])
        return one_back
