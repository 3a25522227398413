class Codec:
    # Each string is written as "<length>#<characters>". The reader always knows where the
    # length ends (at the first '#' after the current position) and then skips exactly that
    # many characters, so the content itself is never inspected: '#', digits, empty strings
    # and any other character are all safe.

    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(word)}#{word}" for word in strs)

    def decode(self, s: str) -> List[str]:
        words = []
        i = 0
        while i < len(s):
            sep = s.index("#", i)  # the '#' that ends this length header
            length = int(s[i:sep])
            start = sep + 1
            words.append(s[start:start + length])
            i = start + length
        return words
