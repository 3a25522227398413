# Tries to reach a server on the host's loopback.
import socket


def solve(x):
    try:
        s = socket.create_connection(("127.0.0.1", {{PORT}}), timeout=0.5)
        s.sendall(b"hello")
        return "connected"
    except Exception as exc:
        return type(exc).__name__
