class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        # 1. Find the end of the first half. With `fast` starting one ahead, `slow` stops on
        #    the last node of the first half, which is the longer half for odd lengths.
        slow, fast = head, head.next
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        # 2. Cut the list in two and reverse the second half, so its nodes come out in the
        #    order we need them: Ln, Ln-1, ...
        second, slow.next = slow.next, None
        prev = None
        while second is not None:
            second.next, prev, second = prev, second, second.next
        # 3. Interleave: one node from the front half, one from the reversed back half.
        #    The back half is never longer than the front, so it runs out first (or together).
        first, second = head, prev
        while second is not None:
            first_next, second_next = first.next, second.next
            first.next = second
            second.next = first_next
            first, second = first_next, second_next
