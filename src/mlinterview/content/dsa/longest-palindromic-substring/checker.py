def check(args, expected, got):
    """Accept any palindromic substring of s as long as the reference answer."""
    s = args[0]
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    if got not in s:
        return "the answer is not a substring of s"
    if got != got[::-1]:
        return "the answer is not a palindrome"
    if len(got) < len(expected):
        return f"a longer palindrome exists (length {len(expected)}, yours has {len(got)})"
    if len(got) > len(expected):
        return f"length {len(got)} exceeds the reference answer's {len(expected)}"
    return True
