# Wrong: merges the lists in pairs round by round, but an odd list out at the end of a round is dropped.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge_two(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        if not lists:
            return None
        while len(lists) > 1:
            merged = []
            for i in range(0, len(lists) - 1, 2):
                merged.append(merge_two(lists[i], lists[i + 1]))
            lists = merged
        return lists[0]
