# Wrong: averages the two middle values with floor division, so an even count loses its .5 (and rounds negatives down).
import heapq


class MedianFinder:
    def __init__(self):
        self.small = []  # negated max-heap
        self.large = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (-self.small[0] + self.large[0]) // 2
