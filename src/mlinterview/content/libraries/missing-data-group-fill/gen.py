"""Seeded hidden cases for missing-data-group-fill: interleaved sensors with missing runs of
random lengths, leading gaps and dead sensors, up to the stated 300 rows and limit 10."""

import random
import statistics


def _readings(rng, n, n_sensors, p_start_gap, p_dead):
    sensors = [f"s{i}" for i in range(n_sensors)]
    dead = {s for s in sensors if rng.random() < p_dead}
    series = {s: [] for s in sensors}
    t = {s: rng.randrange(0, 100) for s in sensors}
    gap = {s: 0 for s in sensors}
    order = []
    for _ in range(n):
        s = rng.choice(sensors)
        if gap[s] == 0 and rng.random() < p_start_gap:
            gap[s] = rng.randint(1, 14)  # a run of missing readings, sometimes beyond the limit
        if s in dead or gap[s] > 0:
            value = None
            gap[s] = max(0, gap[s] - 1)
        else:
            value = round(rng.uniform(0, 1000), 2)
        t[s] += rng.randint(1, 30)
        series[s].append(t[s])
        order.append([s, t[s], value])
    return {
        "columns": ["sensor", "t", "value"],
        "rows": order,
        "dtypes": {"sensor": "str", "t": "int64", "value": "float64"},
    }


def generate():
    rng = random.Random(1108)
    yield "random-40-three-sensors-limit-1", [_readings(rng, 40, 3, 0.3, 0.0), 1]
    yield "random-300-ten-sensors-limit-3", [_readings(rng, 300, 10, 0.2, 0.1), 3]
    yield "random-150-gappy-limit-10", [_readings(rng, 150, 4, 0.5, 0.0), 10]
    yield "random-12-one-sensor-limit-2", [_readings(rng, 12, 1, 0.4, 0.0), 2]
    yield "random-50-dead-sensors-limit-4", [_readings(rng, 50, 5, 0.3, 0.4), 4]


def brute(readings, limit):
    """The answer in plain Python, without pandas: walk each sensor's rows, counting the run."""
    rows = readings["rows"]
    observed = {}
    for sensor, _, value in rows:
        if value is not None:
            observed.setdefault(sensor, []).append(value)
    last, run, out = {}, {}, []
    for sensor, t, value in rows:
        if value is not None:
            last[sensor], run[sensor] = value, 0
            out.append([sensor, t, value])
            continue
        run[sensor] = run.get(sensor, 0) + 1
        if sensor in last and run[sensor] <= limit:
            filled = last[sensor]
        elif sensor in observed:
            filled = statistics.median(observed[sensor])
        else:
            filled = None
        out.append([sensor, t, filled])
    return {
        "columns": ["sensor", "t", "value"],
        "dtypes": ["str", "int64", "float64"],
        "index": list(range(len(out))),
        "rows": out,
    }
