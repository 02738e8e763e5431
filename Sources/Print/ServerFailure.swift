/// The loopback server could not start.
public struct ServerFailure: Error, Sendable, Equatable {
    public let message: String
}
