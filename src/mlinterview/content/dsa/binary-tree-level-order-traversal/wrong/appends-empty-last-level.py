# Wrong: enqueues missing children as None and appends every round's list, so the round made only of Nones adds a trailing [] (and an empty tree gives [[]]).
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        queue = deque([root])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                if node:
                    level.append(node.val)
                    queue.append(node.left)
                    queue.append(node.right)
            levels.append(level)
        return levels
