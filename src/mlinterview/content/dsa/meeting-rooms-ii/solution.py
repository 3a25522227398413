class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Process meetings in start order. The min-heap holds the end time of each room's
        # current meeting; its top is the room that frees up first.
        rooms: List[int] = []
        for start, end in sorted(intervals):
            if rooms and rooms[0] <= start:
                # The earliest-ending room is free by now ("<=": it may end exactly at
                # start): reuse it.
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        # Rooms are never released from the heap, only reused, so its size is the number
        # of rooms ever opened, which equals the largest number of meetings at one time.
        return len(rooms)
