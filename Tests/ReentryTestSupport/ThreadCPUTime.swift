import Foundation

/// CPU time spent so far by the calling thread.
///
/// Work measured with it (a synchronous loop, which stays on one thread)
/// takes the same time on an idle machine and on one busy with other tests
/// and builds, so a limit on it can be tight without failing under load,
/// where a wall-clock limit would count the time spent waiting for a core.
package func threadCPUTime() -> Duration {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return .seconds(Int64(now.tv_sec)) + .nanoseconds(Int64(now.tv_nsec))
}
