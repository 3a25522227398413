# Wrong: uses `amount` as the "impossible" marker, which is also a real answer (coins [1], amount 0).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        fewest = [amount] * (amount + 1)
        fewest[0] = 0
        for value in range(1, amount + 1):
            for coin in coins:
                if coin <= value:
                    fewest[value] = min(fewest[value], fewest[value - coin] + 1)
        return -1 if fewest[amount] == amount else fewest[amount]
