# Wrong: builds a correctly ordered list out of new nodes, but the original list that head belongs to is left unchanged.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        order = []
        i, j = 0, len(values) - 1
        while i <= j:
            order.append(values[i])
            if i != j:
                order.append(values[j])
            i += 1
            j -= 1
        dummy = ListNode()
        tail = dummy
        for v in order:
            tail.next = ListNode(v)
            tail = tail.next
        head = dummy.next
