import ReentryExperiments

/// Work of the experiment layer, its `InputError` turned into the command failure with its exit code.
enum InputFailure {
  static func mapping<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as InputError { throw failure(error) }
  }

  static func mappingAsync<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let error as InputError { throw failure(error) }
  }

  static func failure(_ error: InputError) -> CommandFailure {
    CommandFailure(error.description, code: ExitCode.of(error.kind))
  }
}
