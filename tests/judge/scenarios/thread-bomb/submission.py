# Bounded to 3000 threads.
import threading
import time


def solve(x):
    threads = [threading.Thread(target=time.sleep, args=(20,), daemon=True) for _ in range(3000)]
    for t in threads:
        t.start()
    return 2 * x
