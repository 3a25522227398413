class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        """Encode the tree rooted at root as a string."""
        pass

    def deserialize(self, data: str) -> Optional[TreeNode]:
        """Rebuild the tree that serialize turned into data and return its root."""
        pass
