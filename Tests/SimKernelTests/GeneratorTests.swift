import SimKernel
import Testing

/// SplitMix64 and xoshiro256** against outputs of Vigna's reference C code
/// (splitmix64.c, xoshiro256starstar.c) compiled with gcc.
struct GeneratorTests {
  @Test func splitMixSeedZeroMatchesReference() {
    var generator = SplitMix64(seed: 0)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
        0xF88B_B8A8_724C_81EC, 0x1B39_896A_51A8_749B,
      ])
  }

  @Test func splitMixSeed42MatchesReference() {
    var generator = SplitMix64(seed: 42)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52,
        0x581C_E1FF_0E4A_E394, 0x09BC_585A_2448_23F2,
      ])
  }

  @Test func mixIsOneSplitMixStep() {
    #expect(SplitMix64.mix(0) == 0xE220_A839_7B1D_CDAF)
    #expect(SplitMix64.mix(1) == 0x910A_2DEC_8902_5CC1)
    #expect(SplitMix64.mix(0xDEAD_BEEF) == 0x4ADF_B90F_68C9_EB9B)
    for x: UInt64 in [0, 1, 99, .max] {
      var generator = SplitMix64(seed: x)
      #expect(SplitMix64.mix(x) == generator.next())
    }
  }

  @Test func xoshiroFromStateMatchesReference() {
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0x0000_0000_0000_2D00, 0x0000_0000_0000_0000, 0x0000_0000_5A00_7080,
        0x10E0_0000_0000_9D80, 0x10E0_B61C_E100_9D80,
      ])
  }

  @Test func xoshiroSeed42MatchesReference() {
    var generator = Xoshiro256StarStar(seed: 42)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
        0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64,
      ])
  }

  @Test func xoshiroSeedZeroMatchesReference() {
    var generator = Xoshiro256StarStar(seed: 0)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0,
        0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59,
      ])
  }

  @Test func seedInitEqualsStateFromSplitMix() {
    var mixer = SplitMix64(seed: 7)
    let state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    var fromSeed = Xoshiro256StarStar(seed: 7)
    var fromState = Xoshiro256StarStar(state: state)
    for _ in 0..<100 {
      #expect(fromSeed.next() == fromState.next())
    }
  }
}
