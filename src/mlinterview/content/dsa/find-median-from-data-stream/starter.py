class MedianFinder:
    def __init__(self):
        """Start with no numbers."""
        pass

    def addNum(self, num: int) -> None:
        """Record num."""
        pass

    def findMedian(self) -> float:
        """Return the median of every number recorded so far."""
        pass
