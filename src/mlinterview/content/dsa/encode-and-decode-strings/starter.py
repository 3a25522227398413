class Codec:
    def encode(self, strs: List[str]) -> str:
        """Pack a list of strings into one string."""
        pass

    def decode(self, s: str) -> List[str]:
        """Unpack a string made by encode back into the original list."""
        pass
