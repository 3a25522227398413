# Correct but O(n^2): for every node reached, walks again from head to see whether that node was already passed.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        node = head
        steps = 0
        while node is not None:
            probe = head
            for _ in range(steps):
                if probe is node:
                    return True
                probe = probe.next
            node = node.next
            steps += 1
        return False
