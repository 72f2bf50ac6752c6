import SimKernel
import Testing

/// FIPS 180-4 SHA-256 against the NIST example vectors, and incremental
/// hashing against one-shot hashing for every split and padding boundary.
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnop"
        + "jklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func nistVectors(message: String, digest: String) {
    #expect(SHA256.hex(message) == digest)
    #expect(SHA256.hex(Array(message.utf8)) == digest)
    #expect(SHA256.lowercaseHex(SHA256.hash(Array(message.utf8))) == digest)
  }

  @Test func oneMillionA() {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == expected)
    var hasher = SHA256Hasher()
    let chunk = [UInt8](repeating: 0x61, count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    #expect(SHA256.lowercaseHex(hasher.finalize()) == expected)
  }

  @Test func incrementalUpdatesMatchOneShotAtEverySplit() {
    let message = (0..<130).map { UInt8($0) }
    let expected = SHA256.hash(message)
    #expect(
      SHA256.lowercaseHex(expected)
        == "8d39b60b9c767c58975b270c1d6b13c9b4507e5aee7ad496a3528e4c7f880721")
    for split in 0...130 {
      var hasher = SHA256Hasher()
      hasher.update(Array(message[..<split]))
      hasher.update(Array(message[split...]))
      #expect(hasher.finalize() == expected, "split at \(split)")
    }
    var bytewise = SHA256Hasher()
    for byte in message { bytewise.update([byte]) }
    #expect(bytewise.finalize() == expected)
  }

  @Test func rawBufferUpdateMatchesArrayUpdate() {
    let message = Array("raw buffer input".utf8)
    var hasher = SHA256Hasher()
    message.withUnsafeBytes { hasher.update($0) }
    #expect(hasher.finalize() == SHA256.hash(message))
  }

  @Test func everyLengthAcrossPaddingBoundaries() {
    // Digests of messages of length 0..<300, concatenated and hashed;
    // the expected value comes from Python's hashlib.
    var all: [UInt8] = []
    for length in 0..<300 {
      all += SHA256.hash((0..<length).map { UInt8($0 % 256) })
    }
    #expect(
      SHA256.hex(all) == "df90175783c44235cf6aefd935a2c2747f42399416d16789ece339f1fd26d835")
  }

  @Test func hexEncodingIsLowercaseTwoDigitsPerByte() {
    #expect(SHA256.lowercaseHex([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
    #expect(SHA256.lowercaseHex([]) == "")
    #expect(SHA256.hash([]).count == 32)
  }
}
