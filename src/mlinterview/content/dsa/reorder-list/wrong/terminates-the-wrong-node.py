# Wrong: relinks nodes from both ends correctly but puts the final None on nodes[j] instead of nodes[i], cutting the list short for even lengths.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        nodes = []
        node = head
        while node:
            nodes.append(node)
            node = node.next
        i, j = 0, len(nodes) - 1
        while i < j:
            nodes[i].next = nodes[j]
            nodes[j].next = nodes[i + 1]
            i += 1
            j -= 1
        nodes[j].next = None
