def monty_hall_switch(n, k):
    # Your first pick hides the car with probability 1/n; the host's goat reveals never
    # change that, because he can always open k goats whatever is behind your door.
    p_first_wrong = (n - 1) / n
    # If your first pick is wrong, the car is among the doors you did not pick, and the host
    # never opens it: it is one of the n - 1 - k doors still closed, and you pick uniformly.
    remaining = n - 1 - k
    return p_first_wrong / remaining
