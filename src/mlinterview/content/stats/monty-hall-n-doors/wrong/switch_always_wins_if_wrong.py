# Wrong: assumes that switching wins whenever the first pick was wrong, which is only true
# when the host leaves a single other door closed (k = n - 2).
def monty_hall_switch(n, k):
    return (n - 1) / n
