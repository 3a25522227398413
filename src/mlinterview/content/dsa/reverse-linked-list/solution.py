class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Walk the list once, turning each `next` pointer around. `prev` is the already
        # reversed part; `node` is the first node not yet reversed.
        prev = None
        node = head
        while node is not None:
            following = node.next  # save it before the pointer is overwritten
            node.next = prev
            prev = node
            node = following
        # When `node` falls off the end, `prev` is the old tail: the new head.
        return prev
