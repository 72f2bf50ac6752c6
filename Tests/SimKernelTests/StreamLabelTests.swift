import SimKernel
import Testing

/// Stream labels must hash strings the same way forever (FNV-1a 64).
struct StreamLabelTests {
  @Test func knownFNV1aVectors() {
    #expect(StreamLabel("").value == 0xCBF2_9CE4_8422_2325)
    #expect(StreamLabel("a").value == 0xAF63_DC4C_8601_EC8C)
    #expect(StreamLabel("foobar").value == 0x8594_4171_F739_67E8)
    #expect(StreamLabel("test").value == 0xF9E6_E6EF_197C_2B25)
    #expect(StreamLabel("golden").value == 0x2B72_C88E_FE37_D9C4)
  }

  @Test func hashesUTF8Bytes() {
    // "é" as one scalar and as e + combining accent are different byte strings.
    #expect(StreamLabel("\u{E9}") != StreamLabel("e\u{301}"))
    #expect(StreamLabel("€").value == StreamLabel("\u{20AC}").value)
  }

  @Test func rawLabelKeepsValue() {
    #expect(StreamLabel(raw: 12345).value == 12345)
    #expect(StreamLabel(raw: StreamLabel("x").value) == StreamLabel("x"))
  }
}
