# Tries to overwrite and delete a world-writable file outside its working folder.
import os


def solve(x):
    for action in (
        lambda: open("{{CANARY}}", "w").write("pwned"),
        lambda: os.remove("{{CANARY}}"),
        lambda: open("/tmp/mli-escape-test", "w").write("x"),
    ):
        try:
            action()
        except Exception:
            pass
    return -1
