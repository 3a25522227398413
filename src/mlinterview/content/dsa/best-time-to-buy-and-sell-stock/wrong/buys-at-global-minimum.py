# Wrong: always buys on the cheapest day overall, missing a better trade that happens before that day.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        buy = prices.index(min(prices))
        return max(prices[buy:]) - prices[buy]
