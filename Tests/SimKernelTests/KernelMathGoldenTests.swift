import SimKernel
import Testing

/// Pins the exact output bits of the kernel's elementary functions for a fixed
/// set of inputs, so any change to a port (a reordered operation, a constant,
/// a compiler contracting into fused multiply-adds) fails here before it moves
/// every digest. The values were recorded from this implementation after the
/// accuracy tests passed; they hold on every IEEE-754 platform.
struct KernelMathGoldenTests {
  @Test func logBits() {
    let golden: [(Double, UInt64)] = [
      (0.35244107306560324, 0xBFF0_AF9A_61BC_3F99),
      (1e-300, 0xC085_9634_47F8_7FB5),
      (0.5, 0xBFE6_2E42_FEFA_39EF),
      (1.5, 0x3FD9_F323_ECBF_984C),
      (2.718281828459045, 0x3FF0_0000_0000_0000),
      (1e+300, 0x4085_9634_47F8_7FB5),
      (5e-324, 0xC087_4385_446D_71C3),
      (0.9999999999999999, 0xBCA0_0000_0000_0000),
      (123456.789, 0x4027_7281_CAD8_A844),
      (0.9999, 0xBF1A_3738_D2CF_1CC2),
    ]
    for (x, bits) in golden {
      #expect(KernelMath.log(x).bitPattern == bits, "log(\(x))")
    }
  }

  @Test func expBits() {
    let golden: [(Double, UInt64)] = [
      (-0.5, 0x3FE3_68B2_FC6F_960A),
      (0.5, 0x3FFA_6129_8E1E_069C),
      (1.0, 0x4005_BF0A_8B14_576A),
      (-1.0, 0x3FD7_8B56_362C_EF38),
      (10.5, 0x40E1_BB70_15E8_4D3B),
      (-700.0, 0x00D1_4F2B_0FB9_307F),
      (700.0, 0x7F0D_945D_F4F8_EC8E),
      (1e-10, 0x3FF0_0000_0006_DF38),
      (-3.3, 0x3FA2_E259_BB85_BE85),
      (0.34657, 0x3FF6_A099_138A_089C),
    ]
    for (x, bits) in golden {
      #expect(KernelMath.exp(x).bitPattern == bits, "exp(\(x))")
    }
  }

  @Test func log1pBits() {
    let golden: [(Double, UInt64)] = [
      (0.25, 0x3FCC_8FF7_C79A_9A22),
      (1e-08, 0x3E45_798E_E063_6111),
      (-0.25, 0xBFD2_6962_1134_DB92),
      (0.41, 0x3FD5_FD5F_ABE6_4085),
      (3.0, 0x3FF6_2E42_FEFA_39EF),
      (10000000000.0, 0x4037_069E_2AA3_184E),
      (-0.9, 0xC002_6BB1_BBB5_5516),
      (2e-30, 0x39C4_484B_FEEB_C2A0),
    ]
    for (x, bits) in golden {
      #expect(KernelMath.log1p(x).bitPattern == bits, "log1p(\(x))")
    }
  }

  @Test func cosBits() {
    let golden: [(Double, UInt64)] = [
      (0.1, 0x3FEF_D712_F9A8_17C0),
      (0.7853981633974483, 0x3FE6_A09E_667F_3BCD),
      (1.5707963267948966, 0x3C91_A626_3314_5C07),
      (2.5, 0xBFE9_A2F7_EF85_8B7D),
      (3.141592653589793, 0xBFF0_0000_0000_0000),
      (4.71238898038469, 0xBCAA_7939_4C9E_8A0A),
      (6.283185307179586, 0x3FF0_0000_0000_0000),
      (5.5, 0x3FE6_AD6C_3C07_D448),
      (1000.0, 0x3FE1_FF02_6793_F1BC),
      (1e-09, 0x3FF0_0000_0000_0000),
    ]
    for (x, bits) in golden {
      #expect(KernelMath.cos(x).bitPattern == bits, "cos(\(x))")
    }
  }

  @Test func sinBits() {
    let golden: [(Double, UInt64)] = [
      (0.1, 0x3FB9_8EAE_CB8B_CB2C),
      (0.7853981633974483, 0x3FE6_A09E_667F_3BCC),
      (1.5707963267948966, 0x3FF0_0000_0000_0000),
      (2.5, 0x3FE3_26AF_0DCF_CAB0),
      (3.141592653589793, 0x3CA1_A626_3314_5C07),
      (4.71238898038469, 0xBFF0_0000_0000_0000),
      (6.283185307179586, 0xBCB1_A626_3314_5C07),
      (5.5, 0xBFE6_93C9_4E0A_B057),
      (1000.0, 0x3FEA_75CC_150A_206B),
      (1e-09, 0x3E11_2E0B_E826_D695),
    ]
    for (x, bits) in golden {
      #expect(KernelMath.sin(x).bitPattern == bits, "sin(\(x))")
    }
  }

  @Test func powBits() {
    let golden: [(Double, Double, UInt64)] = [
      (1000.0, 1.2, 0x40AF_1A24_B696_7F4A),
      (123456.0, 0.85, 0x40D4_C5B8_0CCC_740A),
      (2.5, 3.7, 0x403D_AC93_F32D_18DD),
      (0.3, -2.2, 0x402C_45BE_63C8_D58C),
      (100000.0, 1.5, 0x417E_2867_89A0_7F2F),
      (7.0, 0.333, 0x3FFE_9649_1453_9F60),
      (35000.0, 1.05, 0x40EC_D620_4839_934E),
      (1e-300, 0.99, 0x0244_ED8B_0467_1DC9),
    ]
    for (x, y, bits) in golden {
      #expect(KernelMath.pow(x, y).bitPattern == bits, "pow(\(x), \(y))")
    }
  }
}
