# Reuses a room only if it is free strictly before the start, so back-to-back meetings open an extra room.
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        rooms = []
        for start, end in sorted(intervals):
            if rooms and rooms[0] < start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)
