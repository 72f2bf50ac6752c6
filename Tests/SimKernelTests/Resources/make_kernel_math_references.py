#!/usr/bin/env python3
"""Writes Tests/SimKernelTests/KernelMathReferences.swift: inputs for the
kernel's elementary functions with their exact values to 200 bits, rounded
to the correctly rounded double `hi` and the remainder `(exact - hi) / ulp(hi)`
(a fraction in [-1/2, 1/2], scaled so that it stays exact-enough even where
the result is subnormal), as hex bit patterns, so the tests can measure errors in ulps without
Python or the platform's libm.

Run from the package root:  python3 Tests/SimKernelTests/Resources/make_kernel_math_references.py
Needs mpmath. Deterministic (fixed seed), so re-running gives the same file.
"""
import math
import random
import struct

import mpmath

mpmath.mp.prec = 200
rng = random.Random(20240917)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def nearest(v):
    """The double nearest to the mpf v (ties to even), checked against its neighbours."""
    c = float(v)
    best = c
    for cand in (math.nextafter(c, -math.inf), c, math.nextafter(c, math.inf)):
        if math.isinf(cand):
            continue
        d, db = abs(mpmath.mpf(cand) - v), abs(mpmath.mpf(best) - v)
        if d < db or (d == db and bits(cand) % 2 == 0):
            best = cand
    return best


def reference(v):
    hi = nearest(v)
    lo = float((v - mpmath.mpf(hi)) / mpmath.mpf(math.ulp(hi)))
    assert abs(lo) <= 0.5
    return hi, lo


def log_uniform(lo_exp, hi_exp, n, sign=1.0):
    return [sign * 2.0 ** rng.uniform(lo_exp, hi_exp) for _ in range(n)]


def neighbours(x, k=2):
    out = [x]
    a = b = x
    for _ in range(k):
        a, b = math.nextafter(a, -math.inf), math.nextafter(b, math.inf)
        out += [a, b]
    return out


def log_inputs():
    xs = log_uniform(-1074, 1024, 200)
    xs += [rng.uniform(0.5, 2.0) for _ in range(100)]
    xs += [1 - rng.random() for _ in range(100)]  # the samplers' 1 - u
    xs += [rng.random() * 1e6 for _ in range(50)]
    for c in (1.0, math.sqrt(2), math.sqrt(2) / 2, 2.0, 0.5, 1 + 2.0**-20, 1 - 2.0**-20):
        xs += neighbours(c, 3)
    xs += [1 + d for d in (2.0**-52, 2.0**-40, 1e-10, 1e-5, 1e-3, -1e-3, -1e-10, -(2.0**-53))]
    xs += [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e-300, 1e300, 2.0**-1074 * 12345]
    return xs


def exp_inputs():
    xs = [rng.uniform(-745.1, 709.78) for _ in range(200)]
    xs += [rng.uniform(-10, 10) for _ in range(100)]
    xs += log_uniform(-60, 0, 60) + log_uniform(-60, 0, 60, -1.0)
    ln2 = math.log(2)
    for k in (0.5, 1.5, -0.5, -1.5, 1, -1, 10, -10, 1021.5, -1021.5):
        xs += neighbours(k * ln2, 1)
    xs += [709.782712893383, 709.78, -708.39, -708.4, -720, -740, -745.13, 2.0**-28, -(2.0**-28), 2.0**-29, 0.0]
    return xs


def log1p_inputs():
    xs = log_uniform(-80, 1023, 150)
    xs += [-(2.0 ** rng.uniform(-80, 0)) for _ in range(100)]
    xs += [-1 + 2.0 ** rng.uniform(-52, -1) for _ in range(50)]
    xs += [rng.uniform(-0.3, 0.42) for _ in range(100)]
    for c in (0.41422, -0.2929, 2.0**-29, -(2.0**-29), 2.0**-54, 1.0, 2.0**53, 0.5, -0.5):
        xs += neighbours(c, 2)
    xs += [1e-300, -1e-300, 5e-324, 1.7976931348623157e308, -1 + 2.0**-53]
    return xs


def cos_inputs():
    xs = [rng.random() * 2 * math.pi for _ in range(250)]  # Box-Muller's 2π·u
    xs += [2 * math.pi * (k / 2.0**53) for k in (0, 1, 2**50, 2**51, 2**52, 2**53 - 1)]
    xs += [rng.uniform(-1000, 1000) for _ in range(60)]
    xs += [rng.uniform(-823000, 823000) for _ in range(40)]
    xs += log_uniform(-60, -1, 40)
    for k in list(range(1, 13)) + [100, 1001, 65535, 524287]:
        xs += neighbours(float(mpmath.mpf(k) * mpmath.pi / 2), 1)
    for c in (math.pi / 4, 0.3, 0.78125, 2.0**-27):
        xs += neighbours(c, 1)
    return xs


def sin_inputs():
    return [rng.random() * 2 * math.pi for _ in range(100)] + [
        float(mpmath.mpf(k) * mpmath.pi) for k in range(1, 9)
    ] + log_uniform(-60, -1, 30)


def pow_inputs():
    pairs = []
    for _ in range(200):  # the model's population^urbanExponent
        pairs.append((float(rng.randint(100, 1_000_000)), rng.uniform(0.5, 2.0)))
    for _ in range(150):
        x = 2.0 ** rng.uniform(-60, 60)
        y = rng.uniform(-1000, 1000) / max(1.0, abs(math.log2(x)))
        pairs.append((x, y))
    for _ in range(50):
        x = 1 + rng.uniform(-1e-6, 1e-6)
        pairs.append((x, rng.uniform(-1e8, 1e8)))
    for _ in range(30):
        pairs.append((-float(rng.randint(2, 50)), float(rng.randint(-30, 30))))
    pairs += [(2.0, 0.5 + k) for k in range(5)] + [(10.0, 22.0), (3.0, 33.0), (7.0, -5.0), (1.0001, 7097.0)]
    pairs += [(2.0, -1074.0), (2.0, -1060.5), (0.5, 1023.9), (1e-200, 1.6), (5e-324, 0.9)]
    return [p for p in pairs if p[1] != 0 and p[0] != 1]


def finite_nonzero(v):
    return mpmath.isfinite(v) and v != 0 and abs(v) < mpmath.mpf(2) ** 1024 and abs(v) >= mpmath.mpf(2) ** -1074


def unary(name, xs, f):
    rows = []
    seen = set()
    for x in xs:
        if bits(x) in seen:
            continue
        seen.add(bits(x))
        v = f(mpmath.mpf(x))
        if x == 0 and name in ("exp", "cos"):
            rows.append((x, 1.0, 0.0))
            continue
        if not finite_nonzero(v):
            continue
        hi, lo = reference(v)
        rows.append((x, hi, lo))
    return rows


def binary(xs):
    rows = []
    for x, y in xs:
        v = mpmath.power(mpmath.mpf(x), mpmath.mpf(y))
        if not finite_nonzero(v):
            continue
        hi, lo = reference(v)
        rows.append((x, y, hi, lo))
    return rows


def hexd(x):
    return "0x%016X" % bits(x)


def swift_unary(name, rows):
    lines = ["  /// `%s`: (input, correctly rounded result, remainder in ulps) as bit patterns." % name]
    lines.append("  static let %s: [(UInt64, UInt64, UInt64)] = [" % name)
    lines += ["    (%s, %s, %s)," % (hexd(x), hexd(hi), hexd(lo)) for x, hi, lo in rows]
    lines.append("  ]")
    return lines


def swift_binary(name, rows):
    lines = ["  /// `%s`: (x, y, correctly rounded result, remainder in ulps) as bit patterns." % name]
    lines.append("  static let %s: [(UInt64, UInt64, UInt64, UInt64)] = [" % name)
    lines += ["    (%s, %s, %s, %s)," % (hexd(x), hexd(y), hexd(hi), hexd(lo)) for x, y, hi, lo in rows]
    lines.append("  ]")
    return lines


def main():
    out = [
        "// Generated by Tests/SimKernelTests/Resources/make_kernel_math_references.py",
        "// (mpmath at 200 bits, fixed seed); do not edit by hand.",
        "",
        "/// Correctly rounded references for the kernel's elementary functions.",
        "enum KernelMathReferences {",
    ]
    out += swift_unary("log", unary("log", log_inputs(), mpmath.log))
    out += swift_unary("exp", unary("exp", exp_inputs(), mpmath.exp))
    out += swift_unary("log1p", unary("log1p", log1p_inputs(), mpmath.log1p))
    out += swift_unary("cos", unary("cos", cos_inputs(), mpmath.cos))
    out += swift_unary("sin", unary("sin", sin_inputs(), mpmath.sin))
    out += swift_binary("pow", binary(pow_inputs()))
    out.append("}")
    with open("Tests/SimKernelTests/KernelMathReferences.swift", "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
