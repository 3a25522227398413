class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # A dummy node before the head makes "delete the head" an ordinary deletion:
        # every real node, including the head, now has a predecessor.
        dummy = ListNode(0, head)
        lead = trail = dummy
        # Open a gap of n nodes between the two pointers...
        for _ in range(n):
            lead = lead.next
        # ...then move both until `lead` sits on the last node. `trail` is then exactly
        # n + 1 nodes from the end: the predecessor of the node to delete. One pass.
        while lead.next is not None:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return dummy.next
