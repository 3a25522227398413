import heapq


class MedianFinder:
    # Two heaps split the numbers into a lower and an upper half:
    #   low  - a max-heap (values negated, since heapq is a min-heap) of the smaller half,
    #   high - a min-heap of the larger half.
    # Invariants: every value in low <= every value in high, and
    # len(low) == len(high) or len(low) == len(high) + 1.
    # The median then sits on top of the heaps.

    def __init__(self):
        self.low: list[int] = []
        self.high: list[int] = []

    def addNum(self, num: int) -> None:
        # Pass the number through low so the largest of the lower half moves to high:
        # this keeps the ordering invariant whatever num is ...
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        # ... then give low its extra element back if high became bigger.
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
