#!/usr/bin/env python3
"""Writes the example annex data in content/data/ (run once; the CSVs are
committed). Synthetic but realistic monthly figures for a county force,
July 2021 to December 2024 (42 months, "3.5 year SPC trend"), with some
real special-cause signals, plus the published figures of seed 000's main
crime types table (April-December 2023 and 2024 sum exactly to the SPLY and
FYTD volumes and outcome counts) and drug testing table.

Deterministic: a fixed seed, no clock. Usage: scripts/make_example_data.py [outdir]
"""
import math
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "content", "data")
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20250120)
# Series added later draw from their own generator, so the earlier figures stay as they were.
rng2 = random.Random(20250121)

FIRST = (2021, 7)
N = 42  # to December 2024


def month(i):
    y, m = FIRST
    m += i
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return y, m


MONTHS = [month(i) for i in range(N)]
ISO = ["%04d-%02d" % ym for ym in MONTHS]


def idx(y, m):
    return ISO.index("%04d-%02d" % (y, m))


def seasonal(i, amp):
    """Peaks in July, troughs in January."""
    _, m = MONTHS[i]
    return 1 + amp * math.cos(2 * math.pi * (m - 7) / 12)


def series(level, amp=0.06, noise=0.04, trend=0.0):
    return [level * seasonal(i, amp) * (1 + trend * i) * (1 + rng.gauss(0, noise)) for i in range(N)]


def allocate(total, weights):
    """Integers proportional to weights that sum exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(math.floor(r)) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda k: raw[k] - out[k], reverse=True)
    for k in order[:rest]:
        out[k] += 1
    return out


def fix_period(values, y, total):
    """Makes April-December of year y sum to total, keeping the monthly shape."""
    a = idx(y, 4)
    part = allocate(total, values[a:a + 9])
    values[a:a + 9] = part


def ints(v):
    return [int(round(x)) for x in v]


def write(name, columns, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", newline="") as f:
        f.write(",".join(columns) + "\n")
        for r in rows:
            f.write(",".join("" if c is None else str(c) for c in r) + "\n")


# ---------------------------------------------------------------- crime (long)
# Seed 000: name -> (SPLY volume, FYTD volume, SPLY outcomes, FYTD outcomes)
SEED = {
    "all_crime": (27063, 28438, 5166, 5757),
    "residential_burglary": (476, 385, 34, 63),
    "robbery": (140, 107, 30, 27),
    "domestic_abuse": (4573, 4834, 600, 703),
    "vehicle_offences": (726, 655, 88, 81),
    "hate_crime": (509, 652, 109, 159),
    "rape": (387, 378, 39, 41),
    "shoplifting": (1663, 1835, 563, 714),
    "victim_based_crime": (20631, 21789, 3122, 3515),
    "vawg": (5941, 6336, 842, 837),
}

crime = {}
for name, (sply, fytd, so, fo) in SEED.items():
    level = sply / 9
    v = series(level, amp=0.07, noise=0.05)
    # The FYTD year runs at its published level.
    for i in range(idx(2024, 1), N):
        v[i] *= fytd / sply
    if name == "residential_burglary":
        # A step down from April 2024 (Op Themis): a shift below the mean.
        for i in range(idx(2024, 4), N):
            v[i] *= 0.95
    v = ints(v)
    fix_period(v, 2023, sply)
    fix_period(v, 2024, fytd)
    crime[name] = v
    # Outcomes: the rate of each month, with the published sums.
    rate_before, rate_after = so / sply, fo / fytd
    out = []
    for i in range(N):
        r = rate_before if i < idx(2024, 1) else rate_after
        out.append(v[i] * r * (1 + rng.gauss(0, 0.05)))
    out = ints(out)
    fix_period(out, 2023, so)
    fix_period(out, 2024, fo)
    crime[name + "_outcomes"] = out

# Further crime series for the SPC measures.
vwi = ints(series(820, amp=0.1, noise=0.045))
vwi[-1] = int(round(sum(vwi[-13:-1]) / 12 * 1.45))  # December 2024 spike, above the upper limit
crime["violence_with_injury"] = vwi
crime["violence_without_injury"] = ints(series(1450, amp=0.05, noise=0.04))
crime["stalking_harassment"] = ints(series(520, amp=0.03, noise=0.05, trend=0.006))
drugs = ints(series(140, amp=0.0, noise=0.07))
base = sum(drugs[-14:-7]) / 7
for k, i in enumerate(range(N - 7, N)):  # seven months rising in turn: a trend
    drugs[i] = int(round(base * (0.97 + 0.035 * k)))
crime["drug_offences"] = drugs
crime["knife_offences"] = ints(series(14, amp=0.05, noise=0.2))

rows = []
for i, m in enumerate(ISO):
    for name in sorted(crime):
        rows.append((m, name, crime[name][i]))
write("crime.csv", ["month", "measure", "value"], rows)

# ---------------------------------------------------------------- calls (wide)
calls_999 = ints(series(9800, amp=0.08, noise=0.03, trend=0.002))
ans10 = []
for i, c in enumerate(calls_999):
    # new call-handling software from October 2023 lifts performance
    p = 0.86 if i < idx(2023, 10) else 0.93
    ans10.append(int(round(c * min(0.995, p + rng.gauss(0, 0.015)))))
calls_101 = series(21000, amp=0.06, noise=0.03)
for i in range(idx(2023, 9), N):  # a sustained fall: a shift below the mean
    calls_101[i] *= 0.86
calls_101 = ints(calls_101)
ans30 = ints([c * min(0.97, 0.62 + 0.004 * i + rng.gauss(0, 0.03)) for i, c in enumerate(calls_101)])
online = ints(series(1650, amp=0.04, noise=0.05, trend=0.008))
# Average time to answer a 101 call, in minutes: a new telephony platform from April 2024 cuts it
# (a rebase, so the new segment's limits are provisional), well inside the 3-minute target.
answer_101 = []
for i in range(N):
    level = 3.4 if i < idx(2024, 4) else 2.2
    answer_101.append(round(level * seasonal(i, 0.05) * (1 + rng2.gauss(0, 0.05)), 1))
write("calls.csv", ["month", "calls_999", "answered_999_10s", "calls_101", "answered_101_30s", "online_reports",
                    "answer_101_minutes"],
      [(ISO[i], calls_999[i], ans10[i], calls_101[i], ans30[i], online[i], answer_101[i]) for i in range(N)])

# ------------------------------------------------------------ incidents (wide)
incidents = ints(series(16800, amp=0.09, noise=0.025))
g1 = ints(series(2150, amp=0.08, noise=0.04))
g1_target = ints([g * min(0.98, 0.88 + rng.gauss(0, 0.015)) for g in g1])
g1_minutes = [round(11.5 * (1 + rng.gauss(0, 0.05)), 1) for _ in range(N)]
g1_minutes[idx(2022, 7)] = 19.8  # the hot summer of 2022
g1_minutes[idx(2022, 8)] = 18.2
asb = ints(series(1900, amp=0.2, noise=0.05, trend=-0.006))
mispers = ints(series(310, amp=0.05, noise=0.07))
domestic = ints(series(1480, amp=0.06, noise=0.04))
write("incidents.csv",
      ["month", "incidents", "g1_incidents", "g1_in_target", "g1_response_minutes", "asb_incidents",
       "missing_person_incidents", "domestic_incidents"],
      [(ISO[i], incidents[i], g1[i], g1_target[i], g1_minutes[i], asb[i], mispers[i], domestic[i])
       for i in range(N)])

# ------------------------------------------------------------- outcomes (wide)
positive = ints([crime["all_crime_outcomes"][i] for i in range(N)])
declines = ints(series(610, amp=0.03, noise=0.06))
surveyed = ints(series(260, amp=0.0, noise=0.06))
satisfied = [int(round(s * min(0.95, 0.72 + rng.gauss(0, 0.025)))) for s in surveyed]
gap = idx(2023, 8)  # survey contract lapsed: no figures (a gap, never flagged)
satisfied[gap] = None
surveyed[gap] = None
# Victims updated within 28 days: well short of the 95% target, and falling for the last seven
# months in turn (a trend down: concern).
due_update = [int(round(410 * (1 + rng2.gauss(0, 0.05)))) for _ in range(N)]
share = [min(0.9, 0.82 + rng2.gauss(0, 0.012)) for _ in range(N)]
for k, i in enumerate(range(N - 7, N)):
    share[i] = 0.843 - 0.008 * k
updated = [int(round(d * p)) for d, p in zip(due_update, share)]
rates = [u / d for u, d in zip(updated, due_update)]
assert all(rates[i + 1] < rates[i] for i in range(N - 7, N - 1)), "the last seven months must fall in turn"
write("outcomes.csv", ["month", "positive_outcomes", "victim_declines_support", "victims_satisfied",
                       "victims_surveyed", "victims_updated", "victims_due_update"],
      [(ISO[i], positive[i], declines[i], satisfied[i], surveyed[i], updated[i], due_update[i]) for i in range(N)])

# ----------------------------------------------------------- prevention (wide)
searches = series(520, amp=0.05, noise=0.06)
for i in range(idx(2023, 6), N):  # more proactive searching: a shift above the mean
    searches[i] *= 1.3
searches = ints(searches)
arrests = ints([s * (0.16 + rng.gauss(0, 0.015)) for s in searches])
road_deaths = [max(0, int(round(rng.gauss(2.3, 1.3)))) for _ in range(N)]
dvpo = [max(0, int(round(rng.gauss(9, 3)))) for _ in range(N)]
# Seed 000: Drug Testing in Custody, April to December 2024 (testing began in April 2024). The seed's
# blank "failed to provide" cells mean none: they are 0 here, so the table prints and totals 0. The
# months before testing began stay empty (no figure).
drug = {(2024, 4): (0, 5, 1), (2024, 5): (0, 5, 8), (2024, 6): (1, 5, 3), (2024, 7): (2, 4, 8),
        (2024, 8): (0, 8, 7), (2024, 9): (0, 6, 8), (2024, 10): (0, 12, 28), (2024, 11): (1, 8, 15),
        (2024, 12): (1, 13, 18)}
rows = []
for i, ym in enumerate(MONTHS):
    f, n, p = drug.get(ym, (None, None, None))
    rows.append((ISO[i], searches[i], arrests[i], road_deaths[i], dvpo[i], f, n, p))
write("prevention.csv", ["month", "stop_searches", "stop_search_arrests", "road_deaths", "dvpo_granted",
                         "drug_test_failed_to_provide", "drug_test_negative", "drug_test_positive"], rows)

# ------------------------------------------- Leicestershire, 2016-10 to 2019-12
# For the panel's quarterly performance report of 20 February 2020 (seed 004):
# 39 months on the mean +/- 3 standard deviations method the seed uses. All
# crime is stable round a mean near 7,310; 101 calls sit below the mean for the
# last 16 months (a shift); violence with injury rises for three months and
# breaches the upper limit in December 2019, as the seed's highlights say.
rng3 = random.Random(20200220)
L_FIRST, L_N = (2016, 10), 39
L_ISO = []
for i in range(L_N):
    y, m = L_FIRST[0], L_FIRST[1] + i
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    L_ISO.append("%04d-%02d" % (y, m))


def l_series(level, noise):
    return [level * (1 + rng3.gauss(0, noise)) for _ in range(L_N)]


l_999 = ints(l_series(9800, 0.05))
l_101 = l_series(46000, 0.035)
for i in range(L_N - 16, L_N):
    l_101[i] *= 0.9
l_101 = ints(l_101)
l_incidents = ints(l_series(20321, 0.04))
l_crime = ints(l_series(7310, 0.045))
l_viw = l_series(600, 0.05)
for k, i in enumerate(range(L_N - 3, L_N)):
    l_viw[i] = 640 + 60 * k
l_viw[L_N - 1] = 800
l_viw = ints(l_viw)
write("leicestershire.csv", ["month", "calls_999", "calls_101", "incidents", "all_crime", "violence_with_injury"],
      [(L_ISO[i], l_999[i], l_101[i], l_incidents[i], l_crime[i], l_viw[i]) for i in range(L_N)])
