class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # A dummy node in front of the result means the first real node needs no special
        # case: we always append after `tail`.
        dummy = ListNode()
        tail = dummy
        while list1 is not None and list2 is not None:
            # Take the smaller head; on a tie either is fine (take list1 to stay stable).
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        # At most one list still has nodes, and they are all >= everything placed so far,
        # so the remainder is attached in one step.
        tail.next = list1 if list1 is not None else list2
        return dummy.next
