# Wrong: uses the fair-coin answer start/target for every p.
def reach_target_probability(start, target, p):
    return start / target
