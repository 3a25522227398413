import heapq


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # A min-heap holds the current front node of every non-empty list, so the smallest
        # remaining value overall is always on top: O(log k) per node instead of O(k).
        # The list index breaks ties between equal values, because ListNode objects
        # themselves cannot be compared.
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)

        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next is not None:
                # That list's next node is now its front: it takes the popped node's place.
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return dummy.next
