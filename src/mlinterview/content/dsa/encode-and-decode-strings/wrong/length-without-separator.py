# Wrong: writes each length right before its string with no separator, so a string that starts with a digit is misread.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(word)}{word}" for word in strs)

    def decode(self, s: str) -> List[str]:
        words = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] in "0123456789":
                j += 1
            length = int(s[i:j])
            words.append(s[j:j + length])
            i = j + length
        return words
