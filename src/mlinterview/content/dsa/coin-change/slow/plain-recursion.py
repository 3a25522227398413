# Correct but exponential: recursion over the next coin without remembering any amount's answer.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(remaining: int) -> float:
            if remaining == 0:
                return 0
            best = float("inf")
            for coin in coins:
                if coin <= remaining:
                    best = min(best, 1 + fewest(remaining - coin))
            return best

        result = fewest(amount)
        return -1 if result == float("inf") else int(result)
