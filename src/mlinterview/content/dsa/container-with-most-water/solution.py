class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Start with the widest container and move inward. The shorter wall limits the
        # water level, and any narrower container that keeps that wall can only be worse
        # (less width, level still capped by the same wall). So the shorter wall can be
        # dropped for good, and each step rules out one line: O(n) in total.
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            if height[lo] < height[hi]:
                best = max(best, height[lo] * (hi - lo))
                lo += 1
            else:
                best = max(best, height[hi] * (hi - lo))
                hi -= 1
        return best
