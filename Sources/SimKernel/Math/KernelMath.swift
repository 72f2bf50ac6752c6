/// The kernel's own elementary functions, so a seeded run gives the same bits
/// on every platform.
///
/// The C libraries' `log`, `exp`, `cos`, `log1p` and `pow` (glibc, Apple's
/// libm, musl) are all faithful but differ in their last bits, and a single
/// differing bit in one draw changes every digest downstream. These ports of
/// Sun's fdlibm (Copyright (C) 1993, 2004 Sun Microsystems, Inc.; "Permission
/// to use, copy, modify, and distribute this software is freely granted,
/// provided that this notice is preserved") use only IEEE-754 basic operations
/// (`+ - * /`, `squareRoot()`) and exact bit manipulation, which every
/// conforming platform rounds identically. Swift never contracts `a * b + c`
/// into a fused multiply-add on its own, so the written order is the computed
/// order on x86-64 and arm64 alike.
///
/// Each function documents its domain and its error bound; the golden tests
/// check the bound against correctly rounded references made with mpmath and
/// pin the exact output bits.
public enum KernelMath {}
