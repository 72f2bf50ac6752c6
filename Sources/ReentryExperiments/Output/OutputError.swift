import Foundation

/// A result that cannot be written or may not be replaced (exit 73): one
/// line naming the path, the reason and what to do instead.
///
/// Every failure to write a result is this type, whichever command or layer
/// meets it, so the CLI maps it to its exit code in one place.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  public let description: String
  public init(_ description: String) { self.description = description }

  /// "PATH: cannot WHAT: REASON", with the system's reason for the last failed call.
  static func system(_ path: String, _ what: String, code: Int32 = errno) -> OutputError {
    OutputError("\(path): cannot \(what): \(reason(code))")
  }

  /// The system's words for an `errno`, e.g. "Read-only file system".
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// The reason behind a Foundation error in plain words, never "NSCocoaErrorDomain error 512":
  /// the underlying POSIX error when there is one.
  static func reason(of error: any Error) -> String {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return reason(Int32(ns.code)) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return reason(Int32(underlying.code))
    }
    switch CocoaError.Code(rawValue: ns.code) {
    case .fileWriteNoPermission, .fileReadNoPermission: return reason(EACCES)
    case .fileNoSuchFile, .fileReadNoSuchFile: return reason(ENOENT)
    case .fileWriteFileExists: return reason(EEXIST)
    case .fileWriteOutOfSpace: return reason(ENOSPC)
    case .fileWriteVolumeReadOnly: return reason(EROFS)
    default: return ns.localizedDescription
    }
  }
}
