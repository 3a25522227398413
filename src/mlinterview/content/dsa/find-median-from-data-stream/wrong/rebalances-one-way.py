# Wrong: moves numbers from the lower heap to the upper one when it gets too big, but never back, so the halves drift apart.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []   # negated max-heap
        self.high = []

    def addNum(self, num: int) -> None:
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
