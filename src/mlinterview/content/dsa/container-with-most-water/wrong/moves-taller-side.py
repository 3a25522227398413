# Wrong: moves the pointer at the taller wall, throwing away the wall that could still form a bigger container.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, min(height[lo], height[hi]) * (hi - lo))
            if height[lo] > height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
